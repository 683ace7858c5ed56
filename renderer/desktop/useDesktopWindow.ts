/**
 * The window's side of the desktop app, for the whole app: it reports its state (language,
 * the commands the screen shown answers, the last right-click's target, the open study's
 * spelling) to the main process, answers the commands no screen does (new study, open a
 * project file, undo and redo in a field), adds a word to the open study's dictionary
 * from the right-click menu, and takes a project file the system hands over to the
 * studies list. In the web build the host ignores all of it.
 */
import { useEffect, useMemo } from 'react';
import { PROJECT_FILE_FILTERS } from '../../shared/desktop.ts';
import { studyWords } from '../../shared/spelling.ts';
import { useDb } from '../db/context.tsx';
import { useParticipants, useStudy } from '../db/hooks.ts';
import { addWordToStudy } from '../db/studies.ts';
import { useHost } from '../host/context.tsx';
import { webHost } from '../host/web-host.ts';
import { useLang } from '../i18n/context.tsx';
import { navigate } from '../router.ts';
import { useAvailableCommands, useDesktop, useMenuCommand, type StudiesRequest } from './context.tsx';

export function useDesktopWindow(studyId: string | null): void {
  const host = useHost();
  const db = useDb();
  const desktop = useDesktop();
  const { lang } = useLang();
  const available = useAvailableCommands();
  // The spell checker's words are the desktop's; the web build reads nothing for them.
  const spelled = host === webHost ? '' : (studyId ?? '');
  const study = useStudy(spelled);
  const participants = useParticipants(spelled);
  const words = useMemo(() => (study && participants ? studyWords({ study, participants }) : []), [study, participants]);
  const spellingLang = study?.language ?? lang;
  const state = useMemo(() => ({ lang, available: [...available], spelling: { lang: spellingLang, words } }), [lang, available, spellingLang, words]);
  useEffect(() => desktop.setState(state), [desktop, state]);

  useEffect(() => host.onAddWord((word) => void (studyId && addWordToStudy(db, studyId, word))), [host, db, studyId]);
  useEffect(() => {
    const toStudies = (request: StudiesRequest) => {
      desktop.studiesRequest.set(request);
      navigate({ page: 'studies' });
    };
    host.onOpenFile((file) => toStudies({ kind: 'open', file }));
  }, [host, desktop]);

  useMenuCommand(
    'newStudy',
    () => {
      desktop.studiesRequest.set({ kind: 'newStudy' });
      navigate({ page: 'studies' });
    },
    true,
  );
  useMenuCommand(
    'openProject',
    () =>
      void host.openFile(PROJECT_FILE_FILTERS).then((file) => {
        if (!file) return;
        desktop.studiesRequest.set({ kind: 'open', file });
        navigate({ page: 'studies' });
      }),
    true,
  );
  // Outside the transcript, undo and redo are the focused field's own.
  useMenuCommand('undo', () => document.execCommand('undo'), true);
  useMenuCommand('redo', () => document.execCommand('redo'), true);
}
