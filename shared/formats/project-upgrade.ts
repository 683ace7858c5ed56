/**
 * The steps that bring a study stored by an older Telaah up to the current version, one
 * version at a time. Each step fills in, on the raw records, what its version added, with
 * that version's defaults; the defaults are written here and nowhere else. Project files,
 * backups and Telaah's own .qdpx entry run the steps on the file before it is read (see
 * `restoreProject`); the database schema runs the same step on its stored rows when it
 * upgrades (`schema.ts`). What each version added is told in `project-versions.md`.
 */
import { NO_CONSENT, PseudonymPool } from '../participants.ts';
import { AGENDA_COLOR, paletteColor } from '../palette.ts';
import { coderForUnnamed } from '../coders.ts';

/** A record as stored, before it is read and checked. */
export type RawRecord = Record<string, unknown>;

export interface ProjectStep {
  /** The version this step produces. */
  readonly version: number;
  study(study: RawRecord): void;
  session(session: RawRecord): void;
  summary(summary: RawRecord): void;
  turn(turn: RawRecord): void;
  /** The participants of one study, in any order. */
  participants(ofOneStudy: RawRecord[]): void;
  /** The segments of one study with the study itself, for a step that needs both. */
  segments?(ofOneStudy: RawRecord[], study: RawRecord): void;
}

const nothing = () => undefined;
const isRecord = (v: unknown): v is RawRecord => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): RawRecord[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** Version 2: role and agenda colours, code memos, session memos, exemplar quotes. */
const colorsAndMemos: ProjectStep = {
  version: 2,
  study(study) {
    if (!isRecord(study.codebook)) return;
    const codebook = study.codebook;
    records(codebook.roles).forEach((role, i) => void (role.color ??= paletteColor(i + 1)));
    records(codebook.agendas).forEach((agenda) => void (agenda.color ??= AGENDA_COLOR));
    codebook.memos ??= [];
  },
  session(session) {
    session.memo ??= '';
  },
  summary(summary) {
    summary.exemplars ??= [];
  },
  turn: nothing,
  participants: nothing,
};

/** Version 3: pseudonyms (P01, P02… in label order), real names, consent records, the names exports use, coders, adjudications. */
const peopleAndCoders: ProjectStep = {
  version: 3,
  study(study) {
    study.exportNames ??= 'pseudonym';
    study.coders ??= [];
    study.adjudications ??= [];
  },
  session: nothing,
  summary: nothing,
  turn: nothing,
  participants(ofOneStudy) {
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const pool = new PseudonymPool(ofOneStudy.map((p) => ({ id: '', pseudonym: text(p.pseudonym) })));
    const byLabel = [...ofOneStudy].sort((a, b) => text(a.label).localeCompare(text(b.label)) || text(a.id).localeCompare(text(b.id)));
    for (const p of byLabel) {
      if (!text(p.pseudonym)) {
        p.pseudonym = pool.next();
        pool.take(p.pseudonym as string, '');
      }
      p.realName ??= '';
      p.consent ??= { ...NO_CONSENT };
    }
  },
};

/** Version 4: turns of an automatic transcript not yet read (every older turn was typed or read by a person). */
const uncheckedTurns: ProjectStep = {
  version: 4,
  study: nothing,
  session: nothing,
  summary: nothing,
  turn(turn) {
    turn.unchecked ??= false;
  },
  participants: nothing,
};

/** Version 5: a role may have its own rows; every older codebook is a matrix whose roles share the agendas. */
const ownRows: ProjectStep = {
  version: 5,
  study(study) {
    if (!isRecord(study.codebook)) return;
    study.codebook.sharedRows ??= true;
    records(study.codebook.roles).forEach((role) => void (role.rows ??= []));
  },
  session: nothing,
  summary: nothing,
  turn: nothing,
  participants: nothing,
};

/** Version 6: participant attributes the study defines, and the study's own stopwords. */
const attributesAndStopwords: ProjectStep = {
  version: 6,
  study(study) {
    study.attributes ??= [];
    study.stopwords ??= [];
  },
  session: nothing,
  summary: nothing,
  turn: nothing,
  participants(ofOneStudy) {
    for (const p of ofOneStudy) p.attributes ??= {};
  },
};

/** Version 7: the language the study's transcripts are written in (spell checking), and the study's own words. */
const languageAndDictionary: ProjectStep = {
  version: 7,
  study(study) {
    study.language ??= 'id';
    study.dictionary ??= [];
  },
  session: nothing,
  summary: nothing,
  turn: nothing,
  participants: nothing,
};

/** Version 8: a session's roster, the order of its speakers' hotkeys. */
const sessionRosters: ProjectStep = {
  version: 8,
  study: nothing,
  session(session) {
    session.roster ??= [];
  },
  summary: nothing,
  turn: nothing,
  participants: nothing,
};

/** Version 9: the words of an automatic draft with their times and certainty (`turn.words`). */
const timedWords: ProjectStep = {
  version: 9,
  study: nothing,
  session: nothing,
  summary: nothing,
  turn(turn) {
    turn.words ??= [];
  },
  participants: nothing,
};

/**
 * Version 10: every segment has a coder. Statements coded before anyone chose a name had
 * none and were dropped from a coder's counts and agreement; they go to the study's first
 * coder (or "Pengode 1"), who joins the study's coders.
 */
const namedCoders: ProjectStep = {
  version: 10,
  study: nothing,
  session: nothing,
  summary: nothing,
  turn: nothing,
  participants: nothing,
  segments(ofOneStudy, study) {
    const unnamed = ofOneStudy.filter((s) => typeof s.coder !== 'string' || s.coder.trim() === '');
    if (unnamed.length === 0) return;
    const coders = records(study.coders);
    const name = coderForUnnamed(coders.map((c) => ({ name: typeof c.name === 'string' ? c.name : '' })));
    for (const s of unnamed) s.coder = name;
    if (!coders.some((c) => c.name === name)) study.coders = [...coders, { name, color: paletteColor(coders.length + 1) }];
  },
};

export const PROJECT_STEPS: readonly ProjectStep[] = [colorsAndMemos, peopleAndCoders, uncheckedTurns, ownRows, attributesAndStopwords, languageAndDictionary, sessionRosters, timedWords, namedCoders];

/** The version of the newest step: what Telaah writes today. */
export const PROJECT_VERSION = PROJECT_STEPS[PROJECT_STEPS.length - 1]!.version;

/** The steps a study at `version` still needs, oldest first. */
export function stepsAfter(version: number): ProjectStep[] {
  return PROJECT_STEPS.filter((s) => s.version > version);
}

/** Brings a whole project file's records from `version` to the current one, in place. */
export function upgradeProjectJson(root: RawRecord, version: number): void {
  for (const step of stepsAfter(version)) {
    if (isRecord(root.study)) step.study(root.study);
    records(root.sessions).forEach((s) => step.session(s));
    records(root.summaries).forEach((s) => step.summary(s));
    records(root.turns).forEach((t) => step.turn(t));
    step.participants(records(root.participants));
    if (isRecord(root.study)) step.segments?.(records(root.segments), root.study);
  }
}
