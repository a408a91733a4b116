/**
 * The bearer token of the signed-in user, kept in sessionStorage so that a reload or a deep
 * link in the same tab stays signed in, and gone when the tab closes.
 */
const KEY = 'asn.session';

interface Stored {
  token: string;
  expiresAt: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): Stored | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored;
    if (!stored.token || Date.parse(stored.expiresAt) <= Date.now()) return null;
    return stored;
  } catch {
    return null;
  }
}

let current: Stored | null = typeof sessionStorage === 'undefined' ? null : read();
let ended: 'expired' | 'signedOut' | null = null;

export const session = {
  token: () => (current && Date.parse(current.expiresAt) > Date.now() ? current.token : null),
  /** True after the API refused a token that had been accepted before. */
  wasExpired: () => ended === 'expired',
  /** True after the user signed out: the next sign-in starts afresh, not where they were. */
  wasSignedOut: () => ended === 'signedOut',
  signIn(token: string, expiresAt: string) {
    current = { token, expiresAt };
    ended = null;
    sessionStorage.setItem(KEY, JSON.stringify(current));
    listeners.forEach((l) => l());
  },
  signOut() {
    ended ??= 'signedOut';
    current = null;
    sessionStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  },
  expire() {
    ended = 'expired';
    session.signOut();
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
