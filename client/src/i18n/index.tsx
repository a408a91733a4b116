import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { id, type MessageKey } from './id';
import { en } from './en';

export type Language = 'id' | 'en';
export const dictionaries: Record<Language, Record<MessageKey, string>> = { id, en };
export type { MessageKey };

const STORAGE_KEY = 'asn.language';
type Params = Record<string, string | number | null | undefined>;

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  /** The message for a key, with {name} placeholders filled in. */
  t: (key: MessageKey, params?: Params) => string;
  /** The label of an enum value (e.g. SessionStatus.Open), or the value itself when none is known. */
  te: (enumName: string, value: string | null | undefined) => string;
  locale: string;
  /** A number in the language's notation. */
  num: (value: number | null | undefined, digits?: number) => string;
  pct: (share: number | null | undefined, digits?: number) => string;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
}

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key] ?? dictionaries.id[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'id') return stored;
  } catch {
    // storage unavailable: the default
  }
  return 'id';
}

const Context = createContext<I18n | null>(null);

export function makeI18n(lang: Language, setLang: (lang: Language) => void = () => {}): I18n {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const dict = dictionaries[lang] as Record<string, string>;
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const fmt = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    lang,
    setLang,
    locale,
    t: (key, params) => translate(lang, key, params),
    te: (enumName, value) => {
      if (value === null || value === undefined || value === '') return '–';
      return dict[`enum.${enumName}.${value}`] ?? value;
    },
    num: (value, digits = 2) => (value === null || value === undefined || Number.isNaN(value) ? '–' : fmt(digits).format(value)),
    pct: (share, digits = 0) =>
      share === null || share === undefined ? '–' : `${fmt(digits).format(share * 100)}%`,
    date: (iso) => {
      if (!iso) return '–';
      const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
    },
    dateTime: (iso) => {
      if (!iso) return '–';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
    },
  };
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(initial ?? initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not kept: fine
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
