import { describe, expect, it } from 'vitest';
import { acceptAgreements, adjudicate, compareSession } from '../../shared/adjudication.ts';
import { CONSENSUS } from '../../shared/coders.ts';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Project } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';

/** Ani's coding and Budi's: Budi recoded the first segment and left out the second. */
function twoCoders(): Project {
  const p = codedStudy();
  const ani = p.segments.map((s) => ({ ...s, coder: 'Ani' }));
  const budi = ani.slice(2).map((s) => ({ ...s, id: `b-${s.id}`, coder: 'Budi' }));
  const first = { ...ani[0]!, id: 'b-first', coder: 'Budi', codes: ['4.4.8'] };
  return { ...p, segments: [...ani, first, ...budi] };
}

describe('comparing two coders and settling disagreements', () => {
  it('lists per turn the codes both applied and those only one did', () => {
    const p = twoCoders();
    const turns = compareSession(p, p.sessions[0]!.id, 'Ani', 'Budi');
    const first = turns.find((t) => t.turn.id === p.segments[0]!.turnId)!;
    const byCode = new Map(first.codes.map((c) => [c.code, c]));
    expect(byCode.get('4.4.8')).toMatchObject({ agreed: false, choice: null });
    expect(byCode.get('4.4.8')!.a).toHaveLength(0);
    const disagreements = turns.flatMap((t) => t.codes.filter((c) => !c.agreed));
    expect(disagreements.length).toBeGreaterThanOrEqual(2);
    expect(turns.flatMap((t) => t.codes.filter((c) => c.agreed)).length).toBeGreaterThan(5);
  });

  it('copies the chosen coder’s segments to the consensus with only that code, and records the decision', () => {
    const p = twoCoders();
    const turnId = p.segments[0]!.turnId;
    const keptB = adjudicate(p, turnId, '4.4.8', 'Ani', 'Budi', 'b');
    const consensus = keptB.segments.filter((s) => s.coder === CONSENSUS);
    expect(consensus.map((s) => [s.turnId, s.start, s.end, s.codes])).toEqual([[turnId, p.segments[0]!.start, p.segments[0]!.end, ['4.4.8']]]);
    expect(compareSession(keptB, p.sessions[0]!.id, 'Ani', 'Budi').find((t) => t.turn.id === turnId)!.codes.find((c) => c.code === '4.4.8')!.choice).toBe('b');
    // Changing one's mind replaces the earlier decision and its consensus segments.
    const neither = adjudicate(keptB, turnId, '4.4.8', 'Ani', 'Budi', 'neither');
    expect(neither.segments.filter((s) => s.coder === CONSENSUS)).toHaveLength(0);
    expect(neither.study.adjudications).toEqual([{ turnId, code: '4.4.8', a: 'Ani', b: 'Budi', choice: 'neither' }]);
    // Decisions travel in the project file.
    expect(parseProjectFile(writeProjectFile(neither), 'x').study.adjudications).toEqual(neither.study.adjudications);
  });

  it('merges both coders’ segments on the same words into one consensus segment', () => {
    const p = twoCoders();
    const s = p.segments.find((x) => x.coder === 'Budi' && x.id.startsWith('b-') && x.id !== 'b-first')!;
    const both = adjudicate(p, s.turnId, s.codes[0]!, 'Ani', 'Budi', 'both');
    expect(both.segments.filter((x) => x.coder === CONSENSUS && x.turnId === s.turnId && x.codes.includes(s.codes[0]!))).toHaveLength(1);
  });

  it('accepts every agreement into the consensus once, keeping decisions already made', () => {
    const p = twoCoders();
    const sessionId = p.sessions[0]!.id;
    const agreed = compareSession(p, sessionId, 'Ani', 'Budi').flatMap((t) => t.codes.filter((c) => c.agreed));
    const accepted = acceptAgreements(p, sessionId, 'Ani', 'Budi');
    const consensus = accepted.segments.filter((s) => s.coder === CONSENSUS);
    expect(consensus.length).toBe(agreed.reduce((n, c) => n + c.a.length, 0));
    expect(acceptAgreements(accepted, sessionId, 'Ani', 'Budi').segments).toHaveLength(accepted.segments.length);
  });
});

describe('exemplar quotes follow their statements into the consensus', () => {
  it('a quote chosen on either coder\'s segment of an agreement is kept when the consensus is counted', () => {
    const p = twoCoders();
    const sessionId = p.sessions[0]!.id;
    const agreed = compareSession(p, sessionId, 'Ani', 'Budi').flatMap((t) => t.codes.filter((c) => c.agreed));
    const [one, two] = agreed;
    // Quotes chosen before there was a consensus: one on Ani's segment, one on Budi's.
    const summaries = [
      { code: one!.code, assistantType: 'PKH', text: 'Ringkasan.', exemplars: [one!.a[0]!.id] },
      { code: two!.code, assistantType: 'TKSK', text: 'Ringkasan.', exemplars: [two!.b[0]!.id] },
    ];
    const accepted = acceptAgreements({ ...p, summaries }, sessionId, 'Ani', 'Budi');
    const consensusIds = new Set(accepted.segments.filter((s) => s.coder === CONSENSUS).map((s) => s.id));
    for (const summary of accepted.summaries) {
      // The coder's quote stays (counting that coder keeps it) and its consensus copy follows.
      expect(summary.exemplars).toHaveLength(2);
      expect(summary.exemplars.filter((id) => consensusIds.has(id))).toHaveLength(1);
    }
    const first = accepted.segments.find((s) => s.id === accepted.summaries[0]!.exemplars[1])!;
    expect([first.turnId, first.start, first.end, first.codes]).toEqual([one!.a[0]!.turnId, one!.a[0]!.start, one!.a[0]!.end, [one!.code]]);
    // The study still reads back: no quote points at a segment that is not there.
    expect(parseProjectFile(writeProjectFile(accepted), 'x.telaah.json').summaries).toEqual(accepted.summaries);
  });

  it('a decision replaced takes its consensus copy out of the quotes', () => {
    const p = twoCoders();
    const turnId = p.segments[0]!.turnId;
    const b = p.segments.find((s) => s.id === 'b-first')!;
    const quoted = { ...p, summaries: [{ code: '4.4.8', assistantType: 'PKH', text: '', exemplars: [b.id] }] };
    const keptB = adjudicate(quoted, turnId, '4.4.8', 'Ani', 'Budi', 'b');
    expect(keptB.summaries[0]!.exemplars).toHaveLength(2);
    const neither = adjudicate(keptB, turnId, '4.4.8', 'Ani', 'Budi', 'neither');
    expect(neither.summaries[0]!.exemplars).toEqual([b.id]);
  });
});
