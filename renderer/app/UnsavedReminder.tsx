/**
 * In the web build, a reminder to save a project file when the study has changed for more
 * than a day without one: the browser may clear its storage. The desktop app keeps its
 * backups on disk and does not nag.
 */
import { useEffect, useState } from 'react';
import { unsavedForADay } from '../db/save-reminder.ts';
import { useHost } from '../host/context.tsx';
import { useLang } from '../i18n/context.tsx';
import { localeOf } from '../../shared/locale.ts';

export function UnsavedReminder({ studyId }: { studyId: string }) {
  const { t, lang } = useLang();
  const host = useHost();
  const [since, setSince] = useState<Date | null>(null);
  useEffect(() => {
    let live = true;
    const check = async () => {
      const onDisk = (await host.backupSettings()).storage === 'disk';
      if (live) setSince(onDisk ? null : unsavedForADay(studyId));
    };
    void check();
    const timer = setInterval(() => void check(), 60_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [host, studyId]);
  if (!since) return null;
  return (
    <div className="notice notice-error" role="status" data-testid="unsaved-reminder">
      {t('study.unsavedReminder', { since: since.toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }) })}
    </div>
  );
}
