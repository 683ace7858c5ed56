/**
 * The domain model of Telaah as plain data: a study with its codebook and assistant
 * types, its FGD sessions, participants, transcripts (speaker turns), coded segments and
 * cell summaries. Everything here is serialisable as JSON; the database, the project file
 * and the CLI all hold these same shapes.
 */
import type { TimedWord } from './words.ts';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A text in both UI languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** A category of the codebook: in the published study, a role of the social assistant. */
export interface Role {
  /** 1-based position of the role in the codebook (the middle number of a code). */
  number: number;
  name: Bilingual;
  definition: Bilingual;
  /** `#rrggbb`: the colour of the role's codes in chips, stripes and charts. */
  color: string;
  /** The role's own rows, in code order, when the codebook's rows are not shared; empty when they are. */
  rows: Agenda[];
}

/** A row of the codebook: an agenda item every role shares, or one of a role's own codes. */
export interface Agenda {
  /** 1-based position of the row in its list (the last number of a code). */
  number: number;
  label: Bilingual;
  definition: Bilingual;
  /** `#rrggbb`, shown beside the row's label. */
  color: string;
}

/** A code's working definition and notes, kept with the codebook. */
export interface CodeMemo {
  code: string;
  text: string;
}

/**
 * A codebook: categories (roles), each with its ordered rows; codes are derived,
 * `{prefix}.{role}.{row}`. With shared rows every role has the same rows, the agendas,
 * edited once: the published role × agenda matrix. Without, each role has its own rows:
 * a code tree as other tools and many frameworks have it.
 */
export interface Codebook {
  name: string;
  prefix: string;
  /** True: every role's rows are `agendas`. False: each role has its own `rows`. */
  sharedRows: boolean;
  roles: Role[];
  /** The rows every role shares; empty when rows are not shared. */
  agendas: Agenda[];
  /** Memos on codes, in code order; a code without a memo has no entry. */
  memos: CodeMemo[];
}

/** One code of the codebook: a role with one of its rows (in a matrix, a role crossed with an agenda). */
export interface Code {
  code: string;
  role: Role;
  agenda: Agenda;
}

/** A kind of social assistant compared in the study, e.g. PKH or TKSK. */
export interface AssistantType {
  /** Short key used in files and on the CLI, e.g. `PKH`. */
  key: string;
  /** Column label in the published tables, e.g. `Pendamping PKH`. */
  label: string;
}

export interface Study {
  id: string;
  title: string;
  year: number;
  codebook: Codebook;
  assistantTypes: AssistantType[];
  /** What exported tables, transcripts and lists call participants: their pseudonyms (default) or their labels as transcribed. */
  exportNames: ExportNames;
  /** The people coding the study; each segment names its coder. */
  coders: Coder[];
  /** The team's decisions on where two coders disagreed, in the order they were made. */
  adjudications: Adjudication[];
  /** Participant attributes the study defines beyond site and affiliation (e.g. "jenis kelamin", "lama bertugas"), in order. */
  attributes: string[];
  /** Words word frequencies leave out besides the common ones, in lower case. */
  stopwords: string[];
  /** The language the transcripts and memos are written in: what spelling is checked against. */
  language: Lang;
  /** Words the spell checker takes as right in this study, added by its users (names and the field's terms come by themselves). */
  dictionary: string[];
  createdAt: string;
  updatedAt: string;
}

/** Someone who codes: segments carry their name; their colour marks their work in comparisons. */
export interface Coder {
  name: string;
  color: string;
}

/** How a disagreement was settled: one coder's segments, both, or neither go into the consensus. */
export type AdjudicationChoice = 'a' | 'b' | 'both' | 'neither';
export const ADJUDICATION_CHOICES: readonly AdjudicationChoice[] = ['a', 'b', 'both', 'neither'];

/** One settled disagreement: whether `code` applies in a turn, between coders `a` and `b`. */
export interface Adjudication {
  turnId: string;
  code: string;
  a: string;
  b: string;
  choice: AdjudicationChoice;
}

export type ExportNames = 'pseudonym' | 'label';
export const EXPORT_NAMES: readonly ExportNames[] = ['pseudonym', 'label'];

/** One focus group discussion. */
export interface Session {
  id: string;
  studyId: string;
  title: string;
  date: string;
  place: string;
  moderator: string;
  noteTaker: string;
  /** The researcher's notes on the session: atmosphere, what stood out, follow-ups. */
  memo: string;
  /** Who speaks in it, in the order of their hotkeys (Ctrl+1, Ctrl+2…): participant ids; empty until set. */
  roster: string[];
  createdAt: string;
}

/** How a participant gave consent; '' while it is not recorded. */
export type ConsentWay = '' | 'written' | 'oral' | 'recorded' | 'other';
export const CONSENT_WAYS: readonly ConsentWay[] = ['', 'written', 'oral', 'recorded', 'other'];

/** A participant's consent record. */
export interface Consent {
  /** ISO date (yyyy-mm-dd), or '' when not recorded. */
  date: string;
  way: ConsentWay;
  notes: string;
}

/** A speaker of the study, identified by the label used in transcripts. */
export interface Participant {
  id: string;
  studyId: string;
  /** The speaker label as transcribed, e.g. `Bu Sari`. */
  label: string;
  /** What exports call the participant when the study exports pseudonyms: `P01`, `P02`… by default. */
  pseudonym: string;
  /** The participant's full name, when the team keeps it; '' otherwise. Never exported anonymised. */
  realName: string;
  /** Key of an assistant type, or null for the moderator, officials and others. */
  assistantType: string | null;
  site: string;
  affiliation: string;
  consent: Consent;
  /** The participant's value of each of the study's own attributes; an attribute without a value has no entry. */
  attributes: Record<string, string>;
}

/** One speaker turn of a session's transcript. */
export interface Turn {
  id: string;
  sessionId: string;
  /** Sort key within the session; fractional so a turn can be inserted between two. */
  order: number;
  speakerId: string | null;
  /** Seconds from the start of the recording, when the transcript has a time. */
  timestamp: number | null;
  text: string;
  /** A turn of an automatic transcript nobody has read yet; gone once a person edits or confirms it. */
  unchecked?: true;
  /** The words of an automatic draft as the recogniser heard them, with their times (words.ts); absent for typed turns. */
  words?: TimedWord[];
}

/**
 * A coded span of one turn. Offsets are UTF-16 code-unit indices into the turn's text,
 * as JavaScript strings count them. A segment never crosses turns: a statement belongs
 * to one speaker.
 */
export interface Segment {
  id: string;
  sessionId: string;
  turnId: string;
  start: number;
  end: number;
  text: string;
  codes: string[];
  /** Explicit assistant type; null means "the speaker's type". */
  assistantType: string | null;
  coder: string;
  memo: string;
  createdAt: string;
}

/** The researcher's summary of one matrix cell (code × assistant type). */
export interface CellSummary {
  code: string;
  assistantType: string;
  text: string;
  /** Segment ids chosen as exemplar quotes for the cell, in the order they are quoted. */
  exemplars: string[];
}

/** A whole study with everything that belongs to it: what a project file holds. */
export interface Project {
  study: Study;
  sessions: Session[];
  participants: Participant[];
  turns: Turn[];
  segments: Segment[];
  summaries: CellSummary[];
}

/** A fresh random id; `crypto.randomUUID` exists in browsers and in Node 20. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
