/**
 * Bringing a codebook in and out: start from a template, import CSV or REFI-QDA .qdc,
 * export either. A codebook that would drop codes in use is refused with the code named.
 */
import { useState } from 'react';
import { listCodes } from '../../../shared/codebook.ts';
import { CODEBOOK_TEMPLATES, codebookFromTemplate, type TemplateKey } from '../../../shared/codebooks/templates.ts';
import { parseCodebookFile, withImportedCodebook, writeCodebookFile, type CodebookFormat } from '../../../shared/formats/codebook-file.ts';
import type { Study } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { applyToProject } from '../../db/project.ts';
import { useLang } from '../../i18n/context.tsx';
import type { useNotice } from '../../ui/Notice.tsx';
import { useFileImport, useImportErrors } from '../../db/useFileImport.ts';
import { useFileSave } from '../../ui/useFileSave.ts';
import { useCsvKind } from '../../csv-kind.ts';
import { CsvKindSelect } from '../../ui/CsvKindSelect.tsx';

export function CodebookFiles({ study, notices }: { study: Study; notices: ReturnType<typeof useNotice> }) {
  const db = useDb();
  const { t, lang } = useLang();
  const importFile = useFileImport(study.id, notices);
  const reportError = useImportErrors(notices);
  const save = useFileSave(notices);
  const [template, setTemplate] = useState<TemplateKey>('ewarong-kube');

  async function startFrom() {
    const chosen = CODEBOOK_TEMPLATES.find((x) => x.key === template)!;
    if (!window.confirm(t('codebook.templateConfirm', { name: chosen.name[lang] }))) return;
    try {
      await applyToProject(db, study.id, (p) => withImportedCodebook(p, codebookFromTemplate(template), chosen.name[lang]));
      notices.info(t('codebook.templateApplied', { name: chosen.name[lang] }));
    } catch (e) {
      reportError(e);
    }
  }

  const [csvKind] = useCsvKind();

  async function exportAs(format: CodebookFormat) {
    try {
      await save([writeCodebookFile(study.codebook, format, study.id, csvKind)]);
    } catch (e) {
      reportError(e);
    }
  }

  return (
    <div className="codebook-files form-row">
      <label>
        {t('codebook.template')}
        <select value={template} onChange={(e) => setTemplate(e.target.value as TemplateKey)}>
          {CODEBOOK_TEMPLATES.map((x) => (
            <option key={x.key} value={x.key}>
              {x.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void startFrom()}>
        {t('codebook.useTemplate')}
      </button>
      <button
        type="button"
        onClick={() =>
          void importFile(
            [{ name: t('codebook.fileFilter'), extensions: ['csv', 'qdc'] }],
            (p, text, file) => withImportedCodebook(p, parseCodebookFile(text, file), file),
            (file, p) => t('codebook.imported', { file, roles: p.study.codebook.roles.length, codes: listCodes(p.study.codebook).length }),
          )
        }
      >
        {t('codebook.import')}
      </button>
      <CsvKindSelect />
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('codebook.exportCsv')}
      </button>
      <button type="button" disabled={study.codebook.roles.length === 0} onClick={() => void exportAs('qdc')}>
        {t('codebook.exportQdc')}
      </button>
    </div>
  );
}
