/**
 * The one Dexie schema of the app. Rows are the shared model's records, plus the keys
 * the database needs to find them (`studyId` on segments and summaries) and a turn's
 * `rev`, bumped whenever something other than typing changes the turn (split, join,
 * coding, import), so its editor knows to reload. Never edit a shipped version: add
 * `version(n + 1)` with an upgrade.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { PROJECT_STEPS, type ProjectStep, type RawRecord } from '../../shared/formats/project-upgrade.ts';
import type { CellSummary, Participant, Segment, Session, Study, Turn } from '../../shared/model.ts';
import { SaveStatus } from './save-status.ts';
import { Trash } from './trash-list.ts';

export type TurnRow = Turn & { rev: number };
export type SegmentRow = Segment & { studyId: string };
export type SummaryRow = CellSummary & { studyId: string };

/** A study this computer works on with a team through a collaboration server. */
export interface ShareRow {
  studyId: string;
  /** The server's address as the user gave it. */
  server: string;
  /** This member's token: it opens the study's documents on the server. */
  token: string;
  memberId: string;
  memberName: string;
  role: 'owner' | 'coder' | 'reader';
  sharedAt: string;
}

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

/**
 * A recording's waveform, kept so that opening a long recording again draws it at once.
 * A cache, not study data: keyed by where the recording comes from, never exported.
 */
export interface WaveformRow {
  /** The recording's path on disk, or its name and size when it is stored in the app. */
  source: string;
  peaks: Float32Array;
  perSecond: number;
  duration: number;
  usedAt: number;
}

/** A session with everything stored under it, as deleting it takes it away. */
export interface SessionRowSet {
  session: Session;
  turns: TurnRow[];
  segments: SegmentRow[];
  media: MediaRow | undefined;
  versions: VersionRow[];
}

/**
 * Runs one of the project's upgrade steps on the stored rows, so the database and a
 * project file of the same age come up to date with the same defaults.
 */
async function upgradeRows(tx: Transaction, step: ProjectStep): Promise<void> {
  await tx.table('studies').toCollection().modify((study: RawRecord) => step.study(study));
  await tx.table('sessions').toCollection().modify((session: RawRecord) => step.session(session));
  await tx.table('summaries').toCollection().modify((summary: RawRecord) => step.summary(summary));
  const participants = tx.table<RawRecord>('participants');
  const all = await participants.toArray();
  const byStudy = new Map<unknown, RawRecord[]>();
  for (const p of all) byStudy.set(p.studyId, [...(byStudy.get(p.studyId) ?? []), p]);
  for (const ofStudy of byStudy.values()) step.participants(ofStudy);
  await participants.bulkPut(all);
  if (step.segments) await upgradeSegments(tx, step.segments.bind(step));
}

/** Runs a step's segment part on each study's segments with the study, and stores both. */
async function upgradeSegments(tx: Transaction, upgrade: NonNullable<ProjectStep['segments']>): Promise<void> {
  const segments = tx.table<RawRecord>('segments');
  const all = await segments.toArray();
  const byStudy = new Map<unknown, RawRecord[]>();
  for (const s of all) byStudy.set(s.studyId, [...(byStudy.get(s.studyId) ?? []), s]);
  for (const [studyId, ofStudy] of byStudy) {
    const study = await tx.table<RawRecord>('studies').get(studyId as string);
    if (!study) continue;
    upgrade(ofStudy, study);
    await tx.table('studies').put(study);
  }
  await segments.bulkPut(all);
}

/** The project step each database version runs when it upgrades. */
const stepFor = (version: number) => PROJECT_STEPS.find((s) => s.version === version)!;

export class TelaahDb extends Dexie {
  studies!: Table<Study, string>;
  sessions!: Table<Session, string>;
  participants!: Table<Participant, string>;
  turns!: Table<TurnRow, string>;
  segments!: Table<SegmentRow, string>;
  summaries!: Table<SummaryRow, [string, string, string]>;
  media!: Table<MediaRow, string>;
  versions!: Table<VersionRow, string>;
  waveforms!: Table<WaveformRow, string>;
  shares!: Table<ShareRow, string>;
  /** Writes in flight and failed, as "Menyimpan…", "Tersimpan" shows them. */
  readonly saveStatus = new SaveStatus();
  /** What was deleted in this run of the app, to be put back. */
  readonly trash = new Trash();

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
    // Role and agenda colours, code and session memos, exemplar quotes: the project's version 2.
    this.version(5)
      .stores({})
      .upgrade((tx) => upgradeRows(tx, stepFor(2)));
    // Pseudonyms, real names and consent records, the names exports use, coders: the project's version 3.
    this.version(6)
      .stores({})
      .upgrade((tx) => upgradeRows(tx, stepFor(3)));
    // Roles with rows of their own: every stored codebook is a matrix, its roles sharing the agendas (the project's version 5).
    this.version(7)
      .stores({})
      .upgrade((tx) => upgradeRows(tx, stepFor(5)));
    // Participant attributes and the study's own stopwords (the project's version 6).
    this.version(8)
      .stores({})
      .upgrade((tx) => upgradeRows(tx, stepFor(6)));
    // The transcripts' language and the study's own words, for spell checking (the project's version 7).
    this.version(9)
      .stores({})
      .upgrade((tx) => upgradeRows(tx, stepFor(7)));
    // Session rosters, the order of the speaker hotkeys (the project's version 8).
    this.version(10)
      .stores({})
      .upgrade((tx) => upgradeRows(tx, stepFor(8)));
    // Recordings' waveforms, worked out once (a cache; the project is unchanged).
    this.version(11).stores({ waveforms: 'source, usedAt' });
    // Every segment has a coder: coder-less ones go to the study's first coder (the project's version 10).
    this.version(12)
      .stores({})
      .upgrade((tx) => upgradeRows(tx, stepFor(10)));
    // Studies shared on a collaboration server: where, and as whom.
    this.version(13).stores({ shares: 'studyId' });
  }
}
