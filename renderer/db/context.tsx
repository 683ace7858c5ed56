/** Gives components the database; tests and the app each make their own instance. */
import { createContext, useContext, type ReactNode } from 'react';
import { TelaahDb } from './schema.ts';

const DbContext = createContext<TelaahDb | null>(null);

export function DbProvider({ db, children }: { db: TelaahDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): TelaahDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
