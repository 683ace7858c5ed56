/**
 * Exporting the four published tables: choose the cell content, the format and the
 * language, see exactly the files that will be written, and save them. Also the codings
 * and summaries CSVs, out and in, for work done outside the app.
 */
import { useMemo, useState } from 'react';
import { exportCodings, importCodings } from '../../../shared/formats/codings-csv.ts';
import { exportSummaries, importSummaries } from '../../../shared/formats/summaries-csv.ts';
import { exportTables, TABLE_FORMATS, tablesToHtmlBody, type TableFormat } from '../../../shared/formats/tables-write.ts';
import type { Lang } from '../../../shared/model.ts';
import { buildTables, TABLE_MODES, type TableMode } from '../../../shared/tables.ts';
import { useProject } from '../../db/hooks.ts';
import { useLang } from '../../i18n/context.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { useFileSave } from '../../ui/useFileSave.ts';
import { useFileImport } from '../../ui/useFileImport.ts';

const FORMAT_NAMES: Record<TableFormat, string> = { csv: 'CSV', md: 'Markdown', html: 'HTML' };

export function ExportPanel({ studyId }: { studyId: string }) {
  const { t, lang: uiLang } = useLang();
  const project = useProject(studyId);
  const notices = useNotice();
  const runImport = useFileImport(studyId, notices);
  const save = useFileSave(notices);
  const [mode, setMode] = useState<TableMode>('summary');
  const [format, setFormat] = useState<TableFormat>('csv');
  const [lang, setLang] = useState<Lang>(uiLang);
  const files = useMemo(() => (project ? exportTables(project, { mode, format, lang }) : []), [project, mode, format, lang]);
  const htmlPreview = useMemo(() => (project && format === 'html' ? tablesToHtmlBody(buildTables(project, { mode, lang })) : ''), [project, format, mode, lang]);
  if (!project) return <p className="muted">{t('common.loading')}</p>;

  return (
    <section className="panel export-panel">
      <div className="toolbar export-options">
        <label>
          {t('export.mode')}
          <select value={mode} onChange={(e) => setMode(e.target.value as TableMode)} name="mode">
            {TABLE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`export.mode.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as TableFormat)} name="format">
            {TABLE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_NAMES[f]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.lang')}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} name="lang">
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={() => save(files)}>
          {t('export.save')}
        </button>
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      <h3>{t('export.preview')}</h3>
      {format === 'html' ? (
        <div className="export-preview preview-html">
          <div className="file-name">{files[0]?.name}</div>
          {/* tablesToHtmlBody escapes every text it writes; this is the exported markup itself. */}
          <div className="paper" dangerouslySetInnerHTML={{ __html: htmlPreview }} />
        </div>
      ) : (
        files.map((f) => (
          <div key={f.name} className="export-preview">
            <div className="file-name">{f.name}</div>
            <pre className="paper" data-file={f.name}>
              {f.content}
            </pre>
          </div>
        ))
      )}
      <h3>{t('export.data')}</h3>
      <div className="toolbar">
        <button type="button" onClick={() => save([{ name: 'koding.csv', content: exportCodings(project) }])}>
          {t('export.codings')}
        </button>
        <button type="button" onClick={() => save([{ name: 'ringkasan.csv', content: exportSummaries(project) }])}>
          {t('export.summaries')}
        </button>
        <button type="button" onClick={() => runImport([{ name: 'CSV', extensions: ['csv'] }], (p, text, file) => importCodings(p, text, file), (file) => t('export.imported', { file }))}>
          {t('export.importCodings')}
        </button>
        <button type="button" onClick={() => runImport([{ name: 'CSV', extensions: ['csv'] }], importSummaries, (file) => t('export.imported', { file }))}>
          {t('export.importSummaries')}
        </button>
      </div>
    </section>
  );
}
