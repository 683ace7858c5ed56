/** A coder's work out as a project file, and another coder's project file in beside everyone's. */
import { importCoderWork } from '../../../shared/coders.ts';
import { parseProjectFile, writeProjectFile } from '../../../shared/formats/project-file.ts';
import type { Study } from '../../../shared/model.ts';
import { useCoderChoice } from '../../coder-choice.ts';
import { useDb } from '../../db/context.tsx';
import { loadProject } from '../../db/project.ts';
import { useT } from '../../i18n/context.tsx';
import { fileStem } from '../../ui/file-stem.ts';
import { useFileImport } from '../../db/useFileImport.ts';
import { useFileSave } from '../../ui/useFileSave.ts';
import type { useNotice } from '../../ui/Notice.tsx';

export function CoderFiles({ study, notices }: { study: Study; notices: ReturnType<typeof useNotice> }) {
  const t = useT();
  const db = useDb();
  const save = useFileSave(notices);
  const runImport = useFileImport(study.id, notices);
  const [{ coder }] = useCoderChoice(study.id);

  async function exportWork() {
    const content = writeProjectFile(await loadProject(db, study.id));
    await save([{ name: `${fileStem(study.title)}-${fileStem(coder, 'tim')}.telaah.json`, content }], [{ name: 'Telaah', extensions: ['json'] }]);
  }

  return (
    <div className="toolbar">
      <button type="button" onClick={() => void exportWork()}>
        {t('team.export')}
      </button>
      <button type="button" onClick={() => void runImport([{ name: 'Telaah', extensions: ['json'] }], (p, text, file) => importCoderWork(p, parseProjectFile(text, file), file).project, (file) => t('team.imported', { file }))}>
        {t('team.import')}
      </button>
    </div>
  );
}
