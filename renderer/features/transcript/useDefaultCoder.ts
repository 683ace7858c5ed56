/**
 * Whose a code applied before anyone chose a coder's name is: the name the computer's user
 * signs in with (the desktop app says it), when it makes a sound coder's name, else the
 * study's first coder or "Pengode 1". The coder bar says so until a name is chosen.
 */
import { useEffect, useState } from 'react';
import { coderForUnnamed, coderNameReason } from '../../../shared/coders.ts';
import type { Coder } from '../../../shared/model.ts';
import { cleanName } from '../../../shared/text-clean.ts';
import { useHost } from '../../host/context.tsx';

export function useDefaultCoder(coders: readonly Coder[]): string {
  const host = useHost();
  const [user, setUser] = useState('');
  useEffect(() => {
    let live = true;
    host.userName().then(
      (name) => live && setUser(cleanName(name)),
      () => undefined,
    );
    return () => void (live = false);
  }, [host]);
  const known = coders.map((c) => c.name);
  return user !== '' && (known.includes(user) || coderNameReason(user, known) === null) ? user : coderForUnnamed(coders);
}
