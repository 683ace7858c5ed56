/**
 * The UI language: Indonesian unless the user chose English (remembered on this device).
 * `t(key, values)` fills `{name}` placeholders.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../../shared/model.ts';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };
const STORAGE_KEY = 'telaah.lang';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const LangContext = createContext<LangState | null>(null);

function storedLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const t = useCallback<Translate>(
    (key, values = {}) => dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)),
    [lang],
  );
  const state = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <LangContext.Provider value={state}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  const state = useContext(LangContext);
  if (!state) throw new Error('useLang outside LangProvider');
  return state;
}

export function useT(): Translate {
  return useLang().t;
}
