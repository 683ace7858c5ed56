/** The app: providers, the header with breadcrumbs, and the screen the URL names. */
import type { Api } from '../../shared/api.ts';
import { BackupProvider } from '../db/backup-context.tsx';
import { DbProvider } from '../db/context.tsx';
import { useSession, useStudy, useTurnCounts } from '../db/hooks.ts';
import type { TelaahDb } from '../db/schema.ts';
import { SessionMetaForm } from '../features/sessions/SessionMetaForm.tsx';
import { BackupsPage } from '../features/backups/BackupsPage.tsx';
import { ComparePage } from '../features/team/ComparePage.tsx';
import { StudiesPage } from '../features/studies/StudiesPage.tsx';
import { TranscriptWorkbench } from '../features/transcript/TranscriptWorkbench.tsx';
import { HostProvider } from '../host/context.tsx';
import { LangProvider, useT } from '../i18n/context.tsx';
import { hrefOf, useRoute, type Route } from '../router.ts';
import { DesktopProvider } from '../desktop/context.tsx';
import { FileDropZone } from '../desktop/FileDropZone.tsx';
import { useDesktopWindow } from '../desktop/useDesktopWindow.ts';
import { DeletedBar } from './DeletedBar.tsx';
import { Header } from './Header.tsx';
import { StudyShell } from './StudyShell.tsx';
import { StudyTeamProvider } from '../features/collab/StudyTeamContext.tsx';
import { useBackupSchedule } from './useBackupSchedule.ts';

function Crumbs({ route }: { route: Route }) {
  const t = useT();
  const study = useStudy(route.page === 'studies' || route.page === 'backups' ? '' : route.studyId);
  const session = useSession(route.page === 'session' ? route.sessionId : '');
  if (route.page === 'studies') return null;
  if (route.page === 'backups') return <span>{t('backups.title')}</span>;
  return (
    <>
      <a href="#/">{t('study.back')}</a>
      {study && (
        <>
          <span aria-hidden> / </span>
          <a href={hrefOf({ page: 'study', studyId: study.id, tab: 'sessions' })}>{study.title}</a>
        </>
      )}
      {route.page === 'session' && session && (
        <>
          <span aria-hidden> / </span>
          <span>{session.title}</span>
        </>
      )}
    </>
  );
}

function Screen({ route }: { route: Route }) {
  const t = useT();
  const study = useStudy(route.page === 'studies' || route.page === 'backups' ? '' : route.studyId);
  const session = useSession(route.page === 'session' ? route.sessionId : '');
  const turnCounts = useTurnCounts(route.page === 'session' ? route.studyId : '');
  if (route.page === 'studies') return <StudiesPage />;
  if (route.page === 'backups') return <BackupsPage />;
  if (study === undefined || (route.page === 'session' && (session === undefined || turnCounts === undefined))) return <p className="page muted">{t('common.loading')}</p>;
  if (study === null) return <p className="page empty">{t('common.notFound')}</p>;
  if (route.page === 'study') return <StudyShell study={study} tab={route.tab} />;
  if (route.page === 'compare') return <ComparePage studyId={study.id} sessionId={route.sessionId} a={route.a} b={route.b} />;
  if (!session) return <p className="page empty">{t('common.notFound')}</p>;
  return (
    <main className="page session-page">
      <h2 className="sr-only">{session.title}</h2>
      <SessionMetaForm key={session.id} session={session} transcribed={(turnCounts?.get(session.id) ?? 0) > 0} textLang={study.language} />
      <TranscriptWorkbench study={study} sessionId={session.id} jumpTo={route.turnId ?? null} />
    </main>
  );
}

function DesktopWindow({ studyId }: { studyId: string | null }) {
  useDesktopWindow(studyId);
  return null;
}

export function App({ db, host }: { db: TelaahDb; host: Api }) {
  const route = useRoute();
  const backups = useBackupSchedule(db, host);
  return (
    <LangProvider>
      <HostProvider host={host}>
        <DbProvider db={db}>
          <BackupProvider runner={backups}>
            <DesktopProvider>
              <DesktopWindow studyId={route.page === 'studies' || route.page === 'backups' ? null : route.studyId} />
              <Header crumbs={<Crumbs route={route} />} />
              <DeletedBar studyId={route.page === 'studies' || route.page === 'backups' ? null : route.studyId} />
              <StudyTeamProvider studyId={route.page === 'studies' || route.page === 'backups' ? null : route.studyId}>
                <Screen route={route} />
              </StudyTeamProvider>
              <FileDropZone />
            </DesktopProvider>
          </BackupProvider>
        </DbProvider>
      </HostProvider>
    </LangProvider>
  );
}
