/**
 * The one Dexie schema of the app. Rows are the shared model's records, plus the keys
 * the database needs to find them (`studyId` on segments and summaries) and a turn's
 * `rev`, bumped whenever something other than typing changes the turn (split, join,
 * coding, import), so its editor knows to reload. Never edit a shipped version: add
 * `version(n + 1)` with an upgrade.
 */
import Dexie, { type Table } from 'dexie';
import type { CellSummary, Codebook, Participant, Segment, Session, Study, Turn } from '../../shared/model.ts';
import { AGENDA_COLOR, paletteColor } from '../../shared/palette.ts';
import { NO_CONSENT, withPseudonyms } from '../../shared/participants.ts';

export type TurnRow = Turn & { rev: number };
export type SegmentRow = Segment & { studyId: string };
export type SummaryRow = CellSummary & { studyId: string };

/** A saved state of one session's transcript, with its coded segments. */
export interface VersionRow {
  id: string;
  sessionId: string;
  createdAt: string;
  reason: 'auto' | 'manual' | 'before-restore';
  wordCount: number;
  turns: TurnRow[];
  segments: SegmentRow[];
}

/** The recording attached to a session: a path on the desktop, the file itself in the web build. */
export interface MediaRow {
  sessionId: string;
  name: string;
  path?: string;
  blob?: Blob;
}

/** A session with everything stored under it, as deleting it takes it away. */
export interface SessionRowSet {
  session: Session;
  turns: TurnRow[];
  segments: SegmentRow[];
  media: MediaRow | undefined;
  versions: VersionRow[];
}

/** Fill in what a codebook stored before version 5 lacks. */
export function upgradeCodebook(codebook: Codebook): void {
  codebook.roles.forEach((role, i) => void (role.color ??= paletteColor(i + 1)));
  codebook.agendas.forEach((agenda) => void (agenda.color ??= AGENDA_COLOR));
  codebook.memos ??= [];
}

export class TelaahDb extends Dexie {
  studies!: Table<Study, string>;
  sessions!: Table<Session, string>;
  participants!: Table<Participant, string>;
  turns!: Table<TurnRow, string>;
  segments!: Table<SegmentRow, string>;
  summaries!: Table<SummaryRow, [string, string, string]>;
  media!: Table<MediaRow, string>;
  versions!: Table<VersionRow, string>;

  constructor(name = 'telaah') {
    // Dexie's optimistic query cache costs more than it saves on bulk imports of thousands of turns.
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      studies: 'id, updatedAt',
      sessions: 'id, studyId',
      participants: 'id, studyId',
      turns: 'id, sessionId, [sessionId+order]',
      segments: 'id, studyId, sessionId, turnId',
      summaries: '[studyId+code+assistantType], studyId',
    });
    this.version(2).stores({ media: 'sessionId' });
    this.version(3).stores({ versions: 'id, sessionId, [sessionId+createdAt]' });
    // A session's turns are found through [sessionId+order] alone (Dexie reads a compound
    // index's first part), so each stored turn updates one index less.
    this.version(4).stores({ turns: 'id, [sessionId+order]' });
    // Role and agenda colours, code and session memos, exemplar quotes: older rows get the defaults.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table<Study, string>('studies').toCollection().modify((study) => upgradeCodebook(study.codebook));
        await tx.table<Session, string>('sessions').toCollection().modify((session) => void (session.memo ??= ''));
        await tx.table<SummaryRow>('summaries').toCollection().modify((summary) => void (summary.exemplars ??= []));
      });
    // Pseudonyms, real names and consent records; studies export pseudonyms unless told otherwise; coders.
    this.version(6)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table<Study, string>('studies').toCollection().modify((study) => {
          study.exportNames ??= 'pseudonym';
          study.coders ??= [];
          study.adjudications ??= [];
        });
        const participants = tx.table<Participant, string>('participants');
        const all = await participants.toArray();
        const studies = new Set(all.map((p) => p.studyId));
        for (const studyId of studies) {
          const ofStudy = all.filter((p) => p.studyId === studyId).sort((a, b) => a.label.localeCompare(b.label));
          const upgraded = withPseudonyms(ofStudy.map((p) => ({ ...p, pseudonym: p.pseudonym ?? '', realName: p.realName ?? '', consent: p.consent ?? { ...NO_CONSENT } })));
          await participants.bulkPut(upgraded);
        }
      });
  }
}
