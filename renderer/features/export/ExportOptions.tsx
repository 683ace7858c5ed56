/** The choices of a table export: cell content, format, language, numbering, attribution and roles. */
import { TABLE_FORMATS, WORD_TABLE_STYLES, type TableFormat, type WordTableStyle } from '../../../shared/formats/tables-write.ts';
import { BY_ASSISTANT_TYPE, comparisonChoices, type CompareBy } from '../../../shared/comparison.ts';
import type { Lang, Study } from '../../../shared/model.ts';
import { studyNumberPrefix } from '../../../shared/tables.ts';
import { TABLE_MODES, tableWords, type TableMode } from '../../../shared/tables.ts';
import { useLang } from '../../i18n/context.tsx';

export interface ExportChoices {
  mode: TableMode;
  format: TableFormat;
  wordStyle: WordTableStyle;
  lang: Lang;
  tableStart: number;
  /** Text before each table number ("4." for "Tabel 4.1"); null until chosen: the study's code prefix, as the published tables number them. */
  numberPrefix: string | null;
  attribution: boolean;
  /** Roles to include; null for all of the codebook's. */
  roles: number[] | null;
  /** Caption and footer templates with {n}, {role}, {year}; empty for the published wording. */
  captionTemplate: string;
  footerTemplate: string;
  /** The columns: assistant types (the published tables), or a participant attribute's values. */
  by: CompareBy;
}

/** The choices as a study's export last had them on this device; what is missing or not a choice gets its default. */
export function restoreExportChoices(stored: unknown, lang: Lang): ExportChoices {
  const o = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const one = <T extends string>(value: unknown, choices: readonly T[], fallback: T): T => ((choices as readonly unknown[]).includes(value) ? (value as T) : fallback);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    mode: one(o.mode, TABLE_MODES, 'summary'),
    format: one(o.format, TABLE_FORMATS, 'docx'),
    lang: one(o.lang, ['id', 'en'] as const, lang),
    tableStart: typeof o.tableStart === 'number' && Number.isInteger(o.tableStart) && o.tableStart >= 1 ? o.tableStart : 1,
    numberPrefix: typeof o.numberPrefix === 'string' ? o.numberPrefix : null,
    attribution: o.attribution !== false,
    roles: Array.isArray(o.roles) && o.roles.every((r) => typeof r === 'number') ? (o.roles as number[]) : null,
    captionTemplate: text(o.captionTemplate),
    footerTemplate: text(o.footerTemplate),
    by: typeof o.by === 'string' && o.by !== '' ? o.by : BY_ASSISTANT_TYPE,
    wordStyle: one(o.wordStyle, WORD_TABLE_STYLES, 'grid'),
  };
}

/** What a cell can hold when the columns are not assistant types: summaries and exemplars belong to those. */
const OTHER_COLUMN_MODES: readonly TableMode[] = ['quotes', 'counts'];

const FORMAT_NAMES: Record<TableFormat, string> = { docx: 'Word (.docx)', xlsx: 'Excel (.xlsx)', csv: 'CSV', md: 'Markdown', html: 'HTML', tex: 'LaTeX (tabularx)' };

export function ExportOptions({ choices, study, onChange }: { choices: ExportChoices; study: Study; onChange(next: ExportChoices): void }) {
  const { codebook } = study;
  const { t, lang: uiLang } = useLang();
  const set = (patch: Partial<ExportChoices>) => onChange({ ...choices, ...patch });
  const included = (n: number) => choices.roles === null || choices.roles.includes(n);
  const toggleRole = (role: number, on: boolean) => set({ roles: codebook.roles.map((r) => r.number).filter((n) => (n === role ? on : included(n))) });
  return (
    <div className="export-options">
      <div className="toolbar">
        <label>
          {t('export.mode')}
          <select value={choices.mode} onChange={(e) => set({ mode: e.target.value as TableMode })} name="mode">
            {TABLE_MODES.map((m) => (
              <option key={m} value={m} disabled={choices.by !== BY_ASSISTANT_TYPE && !OTHER_COLUMN_MODES.includes(m)}>
                {t(`export.mode.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('matrix.compareBy')}
          <select
            value={choices.by}
            onChange={(e) => set({ by: e.target.value, ...(e.target.value !== BY_ASSISTANT_TYPE && !OTHER_COLUMN_MODES.includes(choices.mode) ? { mode: 'quotes' as const } : {}) })}
            name="compareBy"
          >
            {comparisonChoices(study, uiLang).map((c) => (
              <option key={c.by} value={c.by}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.format')}
          <select value={choices.format} onChange={(e) => set({ format: e.target.value as TableFormat })} name="format">
            {TABLE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_NAMES[f]}
              </option>
            ))}
          </select>
        </label>
        {choices.format === 'docx' && (
          <label title={t('export.wordStyleHelp')}>
            {t('export.wordStyle')}
            <select value={choices.wordStyle} onChange={(e) => set({ wordStyle: e.target.value as WordTableStyle })} name="wordStyle">
              {WORD_TABLE_STYLES.map((s) => (
                <option key={s} value={s}>
                  {t(`export.wordStyle.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('export.lang')}
          <select value={choices.lang} onChange={(e) => set({ lang: e.target.value as Lang })} name="lang">
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('export.numberPrefix')}
          <input name="numberPrefix" size={4} value={choices.numberPrefix ?? studyNumberPrefix(study)} onChange={(e) => set({ numberPrefix: e.target.value })} />
        </label>
        <label>
          {t('export.tableStart')}
          <input name="tableStart" type="number" min={1} value={choices.tableStart} onChange={(e) => set({ tableStart: Math.max(1, Number(e.target.value) || 1) })} />
        </label>
      </div>
      <div className="toolbar">
        <label className="template-field">
          {t('export.captionTemplate')}
          <input name="captionTemplate" value={choices.captionTemplate} onChange={(e) => set({ captionTemplate: e.target.value })} placeholder={tableWords(codebook, choices.lang).caption} />
        </label>
        <label className="template-field">
          {t('export.footerTemplate')}
          <input name="footerTemplate" value={choices.footerTemplate} onChange={(e) => set({ footerTemplate: e.target.value })} placeholder={tableWords(codebook, choices.lang).footer} />
        </label>
      </div>
      <div className="toolbar">
        <label className="inline-field">
          <input type="checkbox" checked={choices.attribution} onChange={(e) => set({ attribution: e.target.checked })} name="attribution" />
          {t('export.attribution')}
        </label>
        <span className="muted">{t('export.roles')}</span>
        {codebook.roles.map((r) => (
          <label key={r.number} className="inline-field">
            <input type="checkbox" checked={included(r.number)} onChange={(e) => toggleRole(r.number, e.target.checked)} />
            {r.name[uiLang]}
          </label>
        ))}
      </div>
    </div>
  );
}
