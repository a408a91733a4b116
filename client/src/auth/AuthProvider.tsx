import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { session } from './session';

export type Role = Schemas['UserRole'];
export type CurrentUser = Schemas['CurrentUserDto'];

interface Auth {
  token: string | null;
  user: CurrentUser | undefined;
  loading: boolean;
  error: unknown;
  signIn: (userName: string, password: string) => Promise<void>;
  signOut: () => void;
}

const Context = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(session.subscribe, session.token, session.token);
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ['me', token],
    queryFn: async () => unwrap(await api.GET('/api/v1/me')),
    enabled: !!token,
    staleTime: 5 * 60_000,
  });

  const signIn = useCallback(async (userName: string, password: string) => {
    const answer = unwrap(await api.POST('/api/v1/auth/token', { body: { userName, password } }));
    queryClient.clear();
    session.signIn(answer.accessToken, answer.expiresAt);
  }, [queryClient]);

  const signOut = useCallback(() => {
    session.signOut();
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo<Auth>(
    () => ({ token, user: token ? me.data : undefined, loading: !!token && me.isPending, error: me.error, signIn, signOut }),
    [token, me.data, me.isPending, me.error, signIn, signOut],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(Context);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for pages behind the sign-in guard. */
export function useUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

/** What each role may do in the client; the API enforces the same and more (agency scope). */
export const can = {
  manage: (role: Role) => role === 'SystemAdmin' || role === 'AgencyAdmin',
  assess: (role: Role) => role === 'SystemAdmin' || role === 'AgencyAdmin' || role === 'Assessor',
  analyse: (role: Role) => role === 'SystemAdmin' || role === 'AgencyAdmin' || role === 'Analyst',
  readSessions: (role: Role) => role !== 'Employee',
  evaluate: (role: Role) => role !== 'Employee',
  isNational: (user: CurrentUser) => !user.agency,
};
