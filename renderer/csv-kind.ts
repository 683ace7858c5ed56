/**
 * Which CSV this device writes: "CSV untuk Excel" (byte-order mark, `;`, decimal commas)
 * or the standard one (`,`). Chosen once for every CSV Telaah saves and remembered here;
 * until chosen it follows the UI language (Indonesian: Excel's, English: the standard).
 */
import { useCallback } from 'react';
import { CSV_KINDS, type CsvKind } from '../shared/formats/csv.ts';
import { useLang } from './i18n/context.tsx';
import { localValue, useLocalValue } from './local-store.ts';

const stored = localValue<CsvKind | null>('telaah.csvKind', (v) => (CSV_KINDS.includes(v as CsvKind) ? (v as CsvKind) : null));

export function useCsvKind(): [CsvKind, (kind: CsvKind) => void] {
  const { lang } = useLang();
  const [chosen, set] = useLocalValue(stored);
  const choose = useCallback((kind: CsvKind) => set(kind), [set]);
  return [chosen ?? (lang === 'id' ? 'excel' : 'standard'), choose];
}
