/** The speaker keys beside the player, so the transcriber sees who Ctrl+1… is without opening anything. */
import type { Keymap } from '../../../shared/hotkeys.ts';
import type { Roster } from '../../../shared/roster.ts';
import { useT } from '../../i18n/context.tsx';

export function RosterKeys({ roster, keymap }: { roster: Roster; keymap: Keymap }) {
  const t = useT();
  const keys = [
    ...(roster.moderator && keymap.moderatorTurn ? [[keymap.moderatorTurn, roster.moderator.label]] : []),
    ...roster.speakers.slice(0, 9).flatMap((p, i) => {
      const key = keymap[`speaker${i + 1}` as keyof Keymap];
      return key ? [[key, p.label]] : [];
    }),
  ];
  if (keys.length === 0) return null;
  return (
    <p className="roster-keys muted" aria-label={t('roster.keys')}>
      {keys.map(([key, label], i) => (
        <span key={key}>
          {i > 0 && ' · '}
          <kbd>{key}</kbd> {label}
        </span>
      ))}
    </p>
  );
}
