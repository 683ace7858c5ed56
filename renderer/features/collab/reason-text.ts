/** A server's refusal as the user reads it. */
import type { MessageKey } from '../../i18n/id.ts';
import type { Translate } from '../../i18n/context.tsx';
import { ServerRefused } from '../../../shared/collab/server-api.ts';
import { BadServerAddress } from '../../../shared/collab/server-address.ts';
import { BadInvitation } from '../../../shared/collab/invitation.ts';
import { ConnectionRefused } from './study-connection.ts';

const REASONS = ['revoked-token', 'unknown-token', 'unknown-study', 'not-a-member', 'unreachable', 'bad-server-key', 'study-exists', 'too-many-connections', 'not-owner', 'last-owner'];

export function reasonText(t: Translate, reason: string): string {
  return REASONS.includes(reason) ? t(`collab.reason.${reason}` as MessageKey) : reason;
}

/** What went wrong talking to a server, in the user's words (other errors say their message). */
export function collabErrorText(t: Translate, error: unknown): string {
  if (error instanceof ServerRefused || error instanceof ConnectionRefused) return reasonText(t, error.reason);
  if (error instanceof BadServerAddress || error instanceof BadInvitation) return error.message;
  return error instanceof Error ? error.message : String(error);
}
