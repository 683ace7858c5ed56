/**
 * `npm run bench`: the speed targets of Telaah, measured on this machine and written to
 * reports/bench.json.
 *
 * 1. Domain work on a four-hour FGD (40,000 words, about 4,000 turns) in Node: parsing the
 *    transcript and a WebVTT export of it, importing 2,000 codings, building the tables,
 *    writing the project file.
 * 2. The built app in Chromium (tests/bench/browser.ts), beside the same text in one plain
 *    Lexical editor: typing at a typist's cadence in a 40,000-word session with 2,000
 *    coded segments and in a 1,000-word one, a fast fling over the long session, opening
 *    it, and importing a 40,000-word WebVTT file.
 * 3. The transcription pipeline's own cost on a 60-minute recording (tests/bench/transcription.ts),
 *    and, in the built app, the player's waveform of a two-hour recording (tests/bench/waveform.ts).
 * 4. The analysis screens of the built app on a generated evaluation study of 10 and of 40
 *    FGDs (tests/bench/analysis.ts), mid beside large so that growth shows; the targets
 *    are set for the large one.
 * 5. Search, word frequencies and code co-occurrence on the 40-FGD study, in Node
 *    (tests/bench/ask.ts).
 * 6. Working together through the collaboration server (tests/bench/collab.ts): a key's
 *    way to a teammate through one server and through two joined by Redis, the server's
 *    CPU and memory, and a new member's first sync of the 40-FGD study.
 *
 * Prints each figure against its target and exits 1 when a target is missed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { importParticipants } from '../../shared/formats/participants-csv.ts';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { exportTables } from '../../shared/formats/tables-write.ts';
import { buildMatrix } from '../../shared/matrix.ts';
import type { Project, Segment } from '../../shared/model.ts';
import { parseTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { importTranscript } from '../../shared/transcript.ts';
import { chromiumPath } from '../e2e/browser.ts';
import { analysisBench } from './analysis.ts';
import { askBench } from './ask.ts';
import { collabBench } from './collab.ts';
import { browserBench } from './browser.ts';
import { pipelineBench } from './transcription.ts';
import { waveformBench } from './waveform.ts';
import type { FlingFigures } from './fling.ts';
import type { KeystrokeFigures } from './keystrokes.ts';
import { longCodings, longTranscript, longVtt } from './long-study.ts';
import { hugeOtherQdpx, hugeWhisper, wideParticipants } from './huge-files.ts';
import { readQdpx } from '../../shared/formats/qdpx-read.ts';

interface Figure {
  name: string;
  value: number;
  /** null: shown for comparison, with no target of its own. */
  target: number | null;
  unit: string;
}

const figures: Figure[] = [];
const record = (name: string, value: number, target: number | null, unit = 'ms') => figures.push({ name, value, target, unit });

/** Times `run` after a warm-up; with `runs` > 1, records the median of that many runs. */
function timed<T>(name: string, target: number | null, run: () => T, runs = 1): T {
  let value = run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  record(name, times[Math.floor(times.length / 2)]!, target);
  return value;
}

/** A study with 20,000 coded segments: five per turn over the 4,000-turn FGD. */
function bigCodedStudy(base: ReturnType<typeof importTranscript>) {
  const segments = base.turns.slice(0, 4000).flatMap((turn, i) =>
    Array.from({ length: 5 }, (_, k) => ({
      id: `s${i}-${k}`,
      sessionId: turn.sessionId,
      turnId: turn.id,
      start: 0,
      end: Math.min(turn.text.length, 10 + k),
      text: turn.text.slice(0, 10 + k),
      codes: [`4.${((i + k) % 4) + 1}.${((i * 3 + k) % 8) + 1}`],
      assistantType: k % 2 === 0 ? 'PKH' : 'TKSK',
      coder: '',
      memo: '',
      createdAt: '2024-01-01T00:00:00.000Z',
    })),
  );
  return { ...base, segments };
}

/**
 * The matrix as a plain loop would build it: each segment's turn and speaker looked up, its
 * assistant type resolved, and the segment put in the cell of each of its codes.
 */
function plainMatrix(project: Project): Map<string, Segment[]> {
  const people = new Map(project.participants.map((p) => [p.id, p]));
  const turns = new Map(project.turns.map((t) => [t.id, t]));
  const cells = new Map<string, Segment[]>();
  for (const segment of project.segments) {
    const speakerId = turns.get(segment.turnId)?.speakerId;
    const type = segment.assistantType ?? (speakerId ? people.get(speakerId)?.assistantType : null);
    if (!type) continue;
    for (const code of segment.codes) {
      const key = `${code}|${type}`;
      const cell = cells.get(key);
      if (cell) cell.push(segment);
      else cells.set(key, [segment]);
    }
  }
  return cells;
}

async function matrixAndExportBench(base: ReturnType<typeof importTranscript>) {
  const big = bigCodedStudy(base);
  // Each side takes a few milliseconds: the median of 15 runs keeps one stray pause from deciding a ratio.
  timed('rebuild the matrix from 20,000 segments', 50, () => buildMatrix(big), 15);
  timed('plain loop putting the 20,000 segments in their cells (for comparison)', null, () => plainMatrix(big), 15);
  const turns = new Map(big.turns.map((t) => [t.id, t]));
  timed('bare pass over the 20,000 segments, one lookup each (for comparison)', null, () => {
    let n = 0;
    for (const s of big.segments) n += (turns.get(s.turnId)?.order ?? 0) > 0 ? s.codes.length : 0;
    return n;
  }, 15);
  const last = (name: string) => figures.find((f) => f.name.startsWith(name))!.value;
  const rebuild = last('rebuild the matrix');
  record('matrix rebuild / plain loop', rebuild / Math.max(0.01, last('plain loop')), 2, '×');
  record('matrix rebuild / bare pass (for comparison)', rebuild / Math.max(0.01, last('bare pass')), null, '×');
  for (const format of ['docx', 'xlsx'] as const) {
    await exportTables(big, { mode: 'quotes', format, lang: 'id' }); // warm-up, as for every timed figure
    const start = performance.now();
    await exportTables(big, { mode: 'quotes', format, lang: 'id' });
    record(`export the tables of a 20,000-segment study as ${format.toUpperCase()}`, performance.now() - start, 1000);
  }
}

/** Files ten times larger than any real one: each must import (or be refused) in linear time. */
function hugeImports() {
  const N = 100_000;
  const people = `label,assistant_type\n${Array.from({ length: N }, (_, i) => `Peserta ${i},${i % 2 ? 'PKH' : 'TKSK'}`).join('\n')}\n`;
  const empty = emptyProject(createStudy('Besar', 2024));
  timed('import a participants CSV of 100,000 rows', 10_000, () => importParticipants(empty, people, 'peserta.csv'));
  const talk = Array.from({ length: N }, (_, i) => `Peserta ${i % 50}: Kalimat nomor ${i} tentang e-Warong.`).join('\n\n');
  const transcript = timed('import a .txt transcript of 100,000 turns', 10_000, () => importTranscript(empty, 'FGD', parseTranscriptFile('fgd.txt', talk), 'fgd.txt'));
  const rows = Array.from({ length: N }, (_, i) => `FGD,Peserta ${i % 50},PKH,4.1.${(i % 8) + 1},Kalimat nomor ${i} ,`);
  timed('import a codings CSV of 100,000 rows', 10_000, () => importCodings(transcript, `session,speaker,assistant_type,code,text,memo\n${rows.join('\n')}\n`, 'koding.csv'));
  const draft = hugeWhisper(N);
  timed('parse an unlabelled Whisper JSON draft of 100,000 segments with word times', 10_000, () => parseTranscriptFile('draf.json', draft));
  const wide = wideParticipants(10, 10_000);
  timed('import a participants CSV with 10,000 attribute columns', 10_000, () => importParticipants(empty, wide, 'peserta.csv'));
  const qdpx = hugeOtherQdpx(N);
  timed("read another tool's .qdpx with 100,000 coded selections", 10_000, () => readQdpx(qdpx, 'proyek.qdpx'));
}

function domainBench() {
  const text = longTranscript();
  const turns = timed('parse a 40,000-word .txt transcript', 100, () => parseTranscriptFile('fgd.txt', text));
  const vtt = longVtt();
  timed('parse a 40,000-word .vtt transcript', 200, () => parseTranscriptFile('fgd.vtt', vtt));
  const base = importTranscript(emptyProject(createStudy('Bench', 2024)), 'FGD panjang', turns, 'fgd.txt');
  const coded = timed('import 2,000 codings', 1000, () => importCodings(base, longCodings(), 'koding.csv'));
  timed('build and write the four tables (quotes, HTML)', 200, () => exportTables(coded, { mode: 'quotes', format: 'html', lang: 'id' }));
  timed('write the project file', 200, () => writeProjectFile(coded));
  hugeImports();
  return base;
}

async function startPreview(port: number, ...options: string[]): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...options], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return () => process.kill(-server.pid!);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('vite preview did not start');
}

async function inBrowser() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('No Chromium found (set CHROMIUM_PATH): skipping the browser benchmarks.');
    return null;
  }
  const stopApp = await startPreview(4199);
  const stopYardstick = await startPreview(4198, '--config', 'tests/bench/yardstick/vite.config.ts');
  try {
    const r = await browserBench(executablePath, 'http://127.0.0.1:4199/', 'http://127.0.0.1:4198/');
    const typing = (words: string, t: KeystrokeFigures, plain: KeystrokeFigures, ratioTarget: number | null) => {
      record(`typing main-thread work p95, ${words}`, t.workP95, 16.7);
      record(`typing main-thread work median, ${words}`, t.workMedian, null);
      record(`typing latency p95 (keydown → next frame), ${words}`, t.latencyP95, 20);
      record(`one plain Lexical editor, same text: work p95, ${words} (yardstick)`, plain.workP95, null);
      record(`one plain Lexical editor, same text: latency p95, ${words} (yardstick)`, plain.latencyP95, null);
      record(`typing work p95 / plain Lexical, ${words}`, t.workP95 / plain.workP95, ratioTarget, '×');
    };
    typing('40,000 words with 2,000 segments', r.typing40k, r.plain40k, null);
    typing('1,000 words', r.typing1k, r.plain1k, 1);
    record('live editors while typing, 40,000 words', r.liveEditors, 1, 'editors');
    const flung = (what: string, f: FlingFigures, target: boolean) => {
      record(`fling: frames dropped, ${what}`, f.droppedPercent, target ? 5 : null, '%');
      record(`fling: longest gap between frames, ${what}`, f.longestGapMs, target ? 100 : null);
    };
    flung('4,000 turns', r.fling, true);
    flung('4,000 turns with 2,000 segments', r.flingCoded, true);
    flung('one plain Lexical editor, same text (yardstick)', r.flingPlain, false);
    record('open a 40,000-word session with 2,000 segments until its turns show', r.openLongSessionMs, 1000);
    record('import a 40,000-word .vtt until its turns show', r.importVttMs, 1000);
    record('import a 40,000-word .vtt until every turn is stored', r.importVttStoredMs, null);
    for (const w of await waveformBench(executablePath, 'http://127.0.0.1:4199/')) {
      record(`waveform of a 2-hour ${w.format.toUpperCase()} recording, attached until drawn`, w.firstMs, w.format === 'wav' ? 10_000 : 20_000);
      record(`waveform of a 2-hour ${w.format.toUpperCase()} recording, session opened again until drawn`, w.reopenMs, 1000);
    }
    const studies = [];
    for (const sessions of [10, 40]) {
      const a = await analysisBench(executablePath, 'http://127.0.0.1:4199/', sessions);
      studies.push(a);
      const size = `${sessions} FGDs (${a.turns.toLocaleString('en')} turns, ${Math.round(a.words / 1000)}k words, ${a.segments.toLocaleString('en')} segments)`;
      const large = sessions === 40;
      const target = (value: number) => (large ? value : null);
      record(`open the project file until the study is listed, ${size}`, a.openProjectMs, target(2000));
      for (const [tab, ms] of Object.entries(a.tabMs)) record(`${tab} tab ready after its click, ${size}`, ms, target(500));
      record(`app started on the matrix until it shows, ${size}`, a.coldMatrixMs, null);
      record(`filter keystroke until the segment count changes, ${size}`, a.filterKeyMs, target(100));
      record(`Telusuri: first query typed until its hits show (every turn's words read), ${size}`, a.firstSearchMs, null);
      record(`Telusuri: next query typed until its hits show, ${size}`, a.searchMs, target(200));
      record(`Telusuri: word frequencies until the table shows, ${size}`, a.frequenciesMs, target(500));
      record(`Telusuri: co-occurrence until the table shows, ${size}`, a.cooccurrenceMs, target(500));
      record(`matrix switched to compare sites until it shows them, ${size}`, a.matrixBySiteMs, target(500));
      record(`fling over the segments list: frames dropped, ${size}`, a.segmentsFling.droppedPercent, target(5), '%');
      record(`export preview switched to quotes, ${size}`, a.previewQuotesMs, target(300));
      record(`save the tables as Word, ${size}`, a.wordExportMs, target(1000));
      record(`save the tables as Excel, ${size}`, a.excelExportMs, target(1000));
      record(`work in a tab showing the matrix per turn saved in another tab, ${size}`, a.otherTabWorkPerSaveMs, target(20));
      record(`JavaScript heap of the tab showing the matrix, ${size}`, a.heapMb, null, 'MB');
      record(`the study's turn text (UTF-16), ${size}`, a.textMb, null, 'MB');
    }
    return { ...r, studies };
  } finally {
    stopApp();
    stopYardstick();
  }
}

const base = domainBench();
await matrixAndExportBench(base);
const pipeline = await pipelineBench();
record('transcription pipeline on a 60-minute recording, apart from the engine (read, resample, find speech, chunk, run)', pipeline.sharePercent, 3, '% of its length');
record('  reading its 44.1 kHz stereo WAV', pipeline.readMs, null);
record('  resampling to 16 kHz mono', pipeline.resampleMs, null);
record(`  finding speech and cutting it into ${pipeline.chunks} chunks`, pipeline.chunkMs, null);
record('  the run\'s bookkeeping around an engine that answers at once', pipeline.runMs, null);
// Worked out once per recording in a worker, then kept: two hours of recording should take under ten seconds.
record('waveform of the 60-minute 44.1 kHz stereo WAV, read in 4 MB pieces', pipeline.waveformMs, 5000);
const ask = askBench();
const asked = `40 FGDs (${Math.round(ask.words / 1000)}k words)`;
record(`search, first query (every turn's words read), ${asked}`, ask.firstSearchMs, null);
record(`search, next queries (median of 5 queries), ${asked}`, ask.searchMs, 200);
record(`word frequencies by assistant type, words not yet read, ${asked}`, ask.frequenciesFirstMs, null);
record(`word frequencies by assistant type, ${asked}`, ask.frequenciesMs, 500);
record(`code co-occurrence by turn, ${asked}`, ask.cooccurrenceTurnMs, 500);
record(`code co-occurrence by overlapping text, ${asked}`, ask.cooccurrenceOverlapMs, 500);
record(`matrix compared by site, ${asked}`, ask.matrixBySiteMs, 500);
record(`matrix compared by an attribute of the study's own, ${asked}`, ask.matrixByAttributeMs, 500);
const collab = await collabBench();
record("working together: a key typed until the partner's store has it, p95 (20 clients, 10 sessions, 100 ms a key, one server)", collab.keyToPartnerP95Ms, 50);
record('  the same, median', collab.keyToPartnerMedianMs, null);
if (collab.keyToPartnerViaRedisP95Ms !== null) {
  record('working together: the same across two server instances joined by Redis, p95', collab.keyToPartnerViaRedisP95Ms, 100);
  record('  the same, median', collab.keyToPartnerViaRedisMedianMs!, null);
}
record('working together: server CPU per 1,000 updates', collab.serverCpuMsPer1000Updates, null);
record('working together: server memory per open document (40-FGD study)', collab.serverMbPerDocument, null, 'MB');
record('working together: a new client joins a 40-FGD study until it is in its database', collab.firstSyncOf40FgdsMs, 5000);
const browser = await inBrowser();
let missed = 0;
for (const f of figures) {
  const value = `${f.name}: ${f.value.toFixed(f.unit === '×' ? 2 : 1)} ${f.unit}`;
  if (f.target === null) {
    console.log(`     ${value}`);
    continue;
  }
  const ok = f.value <= f.target;
  if (!ok) missed++;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${value} (target ≤ ${f.target} ${f.unit})`);
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify({ date: new Date().toISOString(), figures, browser }, null, 2) + '\n');
console.log('results written to reports/bench.json');
process.exitCode = missed > 0 ? 1 : 0;
