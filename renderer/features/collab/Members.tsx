/**
 * The owner's view of a shared study's members: each with their role, invited with their
 * own invitation (shown once, to copy and send), revoked with one click (asked first).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { writeInvitation } from '../../../shared/collab/invitation.ts';
import { serverAddress } from '../../../shared/collab/server-address.ts';
import { serverApi, type MemberRole, type ServerMember } from '../../../shared/collab/server-api.ts';
import type { ShareRow } from '../../db/schema.ts';
import { useHost } from '../../host/context.tsx';
import { useT } from '../../i18n/context.tsx';
import type { useNotice } from '../../ui/Notice.tsx';
import { collabErrorText } from './reason-text.ts';

const ROLES: MemberRole[] = ['coder', 'reader', 'owner'];

export function Members({ share, notices }: { share: ShareRow; notices: ReturnType<typeof useNotice> }) {
  const t = useT();
  const [members, setMembers] = useState<ServerMember[] | null>(null);
  const [invite, setInvite] = useState<{ name: string; role: MemberRole }>({ name: '', role: 'coder' });
  const [shown, setShown] = useState<{ name: string; line: string } | null>(null);
  const address = serverAddress(share.server);
  const showError = notices.error;

  const host = useHost();
  const refresh = useCallback(
    () =>
      host.allowServer(share.server).then(() => serverApi.members(serverAddress(share.server), share.token, share.studyId)).then(setMembers, (error: unknown) => showError(collabErrorText(t, error))),
    [host, share.server, share.token, share.studyId, showError, t],
  );
  useEffect(() => void refresh(), [refresh]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const made = await serverApi.invite(address, share.token, share.studyId, invite);
      setShown({ name: made.member.name, line: writeInvitation({ server: address, studyId: share.studyId, token: made.token }) });
      setInvite({ name: '', role: invite.role });
      await refresh();
    } catch (error) {
      notices.error(collabErrorText(t, error));
    }
  }

  async function revoke(member: ServerMember) {
    if (!window.confirm(t('collab.revokeConfirm', { name: member.name }))) return;
    try {
      await serverApi.revoke(address, share.token, share.studyId, member.id);
      await refresh();
    } catch (error) {
      notices.error(collabErrorText(t, error));
    }
  }

  return (
    <div className="collab-members">
      <h4>{t('collab.members')}</h4>
      <ul>
        {(members ?? []).map((m) => (
          <li key={m.id} className={m.revokedAt ? 'revoked' : undefined}>
            {m.name} <span className="muted">{t(`collab.role.${m.role}`)}</span>
            {m.revokedAt ? (
              <span className="muted"> · {t('collab.revoked')}</span>
            ) : (
              m.id !== share.memberId && (
                <button type="button" onClick={() => void revoke(m)} aria-label={`${t('collab.revoke')} ${m.name}`}>
                  {t('collab.revoke')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      <form className="toolbar" onSubmit={(e) => void submit(e)}>
        <label>
          {t('collab.memberName')}
          <input required value={invite.name} onChange={(e) => setInvite({ ...invite, name: e.target.value })} />
        </label>
        <label>
          {t('collab.role')}
          <select value={invite.role} onChange={(e) => setInvite({ ...invite, role: e.target.value as MemberRole })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`collab.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('collab.invite')}</button>
      </form>
      {shown && (
        <div className="collab-invitation" role="status">
          <p>{t('collab.invitation', { name: shown.name })}</p>
          <textarea readOnly rows={3} value={shown.line} aria-label={t('collab.invitation', { name: shown.name })} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void navigator.clipboard.writeText(shown.line).then(() => notices.info(t('collab.copied')))}>
            {t('collab.copy')}
          </button>
        </div>
      )}
    </div>
  );
}
