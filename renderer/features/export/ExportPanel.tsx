/**
 * Exporting the published tables: choose the cell content, format, language, numbering,
 * attribution and roles; see exactly what will be written (text formats as the files
 * themselves, Word and Excel as the tables they contain); save. Also the codings and
 * summaries CSVs, out and in, for work done outside the app: these working files keep the
 * labels as transcribed so they can be imported again, like the project file.
 */
import { useMemo } from 'react';
import { forExport, forTables } from '../../../shared/anonymise.ts';
import { useCountedProject } from '../../db/useCountedProject.ts';
import { CountedCoder } from '../../ui/CountedCoder.tsx';
import { exportCodings, importCodings } from '../../../shared/formats/codings-csv.ts';
import { exportSummaries, importSummaries } from '../../../shared/formats/summaries-csv.ts';
import { writeQdpx } from '../../../shared/formats/qdpx-write.ts';
import { exportTables, exportTextTables, isTextTableFormat, previewTables, tablesToHtmlBody, zipFiles } from '../../../shared/formats/tables-write.ts';
import { buildTables } from '../../../shared/tables.ts';
import { useDb } from '../../db/context.tsx';
import { updateStudy } from '../../db/studies.ts';
import { useLang } from '../../i18n/context.tsx';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { useFileSave } from '../../ui/useFileSave.ts';
import { useFileImport } from '../../db/useFileImport.ts';
import { ExportNamesChoice } from './ExportNamesChoice.tsx';
import { BY_ASSISTANT_TYPE, knownComparison } from '../../../shared/comparison.ts';
import { localValue, useLocalValue } from '../../local-store.ts';
import { ExportOptions, restoreExportChoices } from './ExportOptions.tsx';
import { studyNumberPrefix } from '../../../shared/tables.ts';
import { CSV_FILES, isCsvName, type FileFilter, type OpenedFile } from '../../../shared/api.ts';
import { useFileDrop } from '../../desktop/context.tsx';
import { openedFromFile } from '../../host/opened-file.ts';
import { useCsvKind } from '../../csv-kind.ts';
import { CsvKindSelect } from '../../ui/CsvKindSelect.tsx';

/** Lines of a cell the Word/Excel/HTML preview shows; the saved file holds them all. */
const PREVIEW_LINES = 6;

export function ExportPanel({ studyId }: { studyId: string }) {
  const { t, lang: uiLang } = useLang();
  const db = useDb();
  const { all: stored, project: counted, coder, coders, setCounted, automatic } = useCountedProject(studyId);
  // Tables count one coder's segments when several coded, and show participants as the
  // study's export setting says: pseudonyms unless labels are chosen.
  const project = useMemo(() => (counted ? forTables(counted) : undefined), [counted]);
  const notices = useNotice();
  const runImport = useFileImport(studyId, notices);
  // A codings CSV chosen or dropped on this tab.
  const importCodingsFrom = (source: FileFilter[] | OpenedFile) => runImport(source, (p, text, file) => importCodings(p, text, file), (file) => t('export.imported', { file }));
  useFileDrop(isCsvName, async (file) => void (await importCodingsFrom(await openedFromFile(file))));
  const save = useFileSave(notices);
  const [csvKind] = useCsvKind();
  // The choices are remembered per study on this device: the export opens as it was left.
  const [choices, setChoices] = useLocalValue(useMemo(() => localValue(`telaah.export.${studyId}`, (stored) => restoreExportChoices(stored, uiLang)), [studyId, uiLang]));
  const options = useMemo(
    () => ({
      ...choices,
      by: project ? knownComparison(project.study, choices.by) : BY_ASSISTANT_TYPE,
      roles: choices.roles ?? undefined,
      numberPrefix: choices.numberPrefix ?? (project ? studyNumberPrefix(project.study) : ''),
      captionTemplate: choices.captionTemplate.trim() || undefined,
      footerTemplate: choices.footerTemplate.trim() || undefined,
    }),
    [choices, project],
  );
  // The preview shows the files as they will be saved: a CSV in the kind chosen (Excel's semicolons, or commas).
  const textFiles = useMemo(() => (project && isTextTableFormat(choices.format) ? exportTextTables(project, { ...options, format: choices.format, csvKind }) : []), [project, options, choices.format, csvKind]);
  // Word, Excel and HTML are previewed as the tables they hold, each cell's first lines only.
  const htmlPreview = useMemo(() => {
    if (!project || ['csv', 'md', 'tex'].includes(choices.format)) return { html: '', cut: 0 };
    const { tables, cut } = previewTables(buildTables(project, options), PREVIEW_LINES);
    return { html: tablesToHtmlBody(tables), cut };
  }, [project, options, choices.format]);
  if (!project || !stored) return <p className="muted">{t('common.loading')}</p>;
  const fileName = choices.format === 'csv' ? null : `tabel.${choices.format}`;

  /** `zipped`: the CSV tables as one .zip, one download instead of one per table. */
  async function saveTables(zipped = false) {
    if (!project) return;
    try {
      const files = await exportTables(project, { ...options, csvKind });
      await save(zipped ? [{ name: 'tabel-csv.zip', content: zipFiles(files) }] : files);
    } catch (e) {
      notices.error(t('error.unexpected', { message: messageOf(e) }));
    }
  }

  return (
    <section className="panel export-panel">
      <ExportOptions choices={choices} study={project.study} onChange={setChoices} />
      <CountedCoder coders={coders} value={coder} onChange={setCounted} automatic={automatic ? { counted: counted?.segments.length ?? 0, total: stored?.segments.length ?? 0 } : undefined} />
      <ExportNamesChoice value={stored.study.exportNames} onChange={(exportNames) => void updateStudy(db, studyId, { exportNames })} />
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void saveTables()} disabled={choices.roles?.length === 0}>
          {t('export.save')}
        </button>
        {choices.format === 'csv' && (
          <>
            <button type="button" onClick={() => void saveTables(true)} disabled={choices.roles?.length === 0}>
              {t('export.saveZip')}
            </button>
            <CsvKindSelect />
          </>
        )}
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      <h3>{t('export.preview')}</h3>
      {htmlPreview.cut > 0 && <p className="muted">{t('export.previewCut', { lines: PREVIEW_LINES, cells: htmlPreview.cut })}</p>}
      {htmlPreview.html ? (
        <div className="export-preview preview-html">
          <div className="file-name">{fileName}</div>
          {/* tablesToHtmlBody escapes every text it writes; these are the exported tables themselves. */}
          <div className={choices.format === 'docx' && choices.wordStyle === 'thesis' ? 'paper paper-thesis' : 'paper'} dangerouslySetInnerHTML={{ __html: htmlPreview.html }} />
        </div>
      ) : (
        textFiles.map((f) => (
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
        <CsvKindSelect />
        <button type="button" onClick={() => save([{ name: 'koding.csv', content: exportCodings(stored, undefined, csvKind) }])}>
          {t('export.codings')}
        </button>
        <button type="button" onClick={() => save([{ name: 'ringkasan.csv', content: exportSummaries(stored, csvKind) }])}>
          {t('export.summaries')}
        </button>
        <button type="button" onClick={() => save([{ name: 'proyek.qdpx', content: writeQdpx(forExport(stored)) }])} title={t('export.qdpxHint')}>
          {t('export.qdpx')}
        </button>
        <button type="button" onClick={() => void importCodingsFrom(CSV_FILES)}>
          {t('export.importCodings')}
        </button>
        <button type="button" onClick={() => void runImport(CSV_FILES, importSummaries, (file) => t('export.imported', { file }))}>
          {t('export.importSummaries')}
        </button>
      </div>
    </section>
  );
}
