import { describe, expect, it } from 'vitest';
import { agreementReport, figures, readAlpha } from '../../shared/agreement/report.ts';
import { decisions, overlapShare, type Decision } from '../../shared/agreement/units.ts';
import type { Project, Segment } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';

/** Ani coded the sample study; Budi coded the same turns but differs on three segments. */
function twoCoders(): { project: Project; changed: { dropped: Segment; recoded: Segment; added: Segment } } {
  const p = codedStudy();
  const ani = p.segments.map((s) => ({ ...s, coder: 'Ani' }));
  const [dropped, recoded] = [ani[0]!, ani[2]!];
  const extraTurn = p.turns.find((t) => t.text.length > 30 && !ani.some((s) => s.turnId === t.id))!;
  const added: Segment = { ...ani[1]!, id: 'budi-extra', turnId: extraTurn.id, sessionId: extraTurn.sessionId, start: 0, end: 20, text: extraTurn.text.slice(0, 20), codes: ['4.3.5'], coder: 'Budi' };
  const budi = ani
    .filter((s) => s.id !== dropped.id)
    .map((s) => ({ ...s, id: `budi-${s.id}`, coder: 'Budi', codes: s.id === recoded.id ? ['4.4.8'] : s.codes }));
  return { project: { ...p, segments: [...ani, ...budi, added] }, changed: { dropped, recoded, added } };
}

describe('agreement between two coders', () => {
  it('measures overlap as the share of the joint extent', () => {
    expect(overlapShare({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
    expect(overlapShare({ start: 2, end: 8 }, { start: 0, end: 10 })).toBeCloseTo(0.6);
  });

  it('decides per turn and code, with disagreements exactly where the coders differ', () => {
    const { project, changed } = twoCoders();
    const ds = decisions(project, 'Ani', 'Budi', { kind: 'turn' });
    const turns = project.turns.length;
    expect(ds).toHaveLength(turns * 32);
    const differing = ds.filter((d) => d.a !== d.b).map((d) => `${d.turnId} ${d.code} ${d.a ? 'Ani' : 'Budi'}`);
    // Each coder's codes per turn, compared: the dropped and the recoded segment, and Budi's extra one.
    const codesIn = (coder: string, turnId: string) => new Set(project.segments.filter((s) => s.coder === coder && s.turnId === turnId).flatMap((s) => s.codes));
    const expected: string[] = [];
    for (const turn of project.turns) {
      const a = codesIn('Ani', turn.id);
      const b = codesIn('Budi', turn.id);
      for (const c of a) if (!b.has(c)) expected.push(`${turn.id} ${c} Ani`);
      for (const c of b) if (!a.has(c)) expected.push(`${turn.id} ${c} Budi`);
    }
    expect(differing.sort()).toEqual(expected.sort());
    expect(differing).toContain(`${changed.added.turnId} 4.3.5 Budi`);
    expect(differing).toContain(`${changed.recoded.turnId} 4.4.8 Budi`);
  });

  it('reports figures overall, per role, code and cell, each with its units and a reading', () => {
    const { project } = twoCoders();
    const report = agreementReport(project, ['Ani', 'Budi'], { kind: 'turn' });
    const overall = report.rows[0]!;
    expect(overall.scope).toBe('overall');
    expect(overall.units).toBe(project.turns.length * 32);
    expect(overall.percent!).toBeGreaterThan(0.98);
    expect(overall.alpha!).toBeGreaterThan(0.5);
    expect(overall.alpha!).toBeLessThan(1);
    expect(report.rows.filter((r) => r.scope === 'role')).toHaveLength(4);
    expect(report.rows.filter((r) => r.scope === 'code')).toHaveLength(32);
    expect(report.rows.filter((r) => r.scope === 'cell')).toHaveLength(64);
    // A code nobody applied has no variation: no kappa or alpha, and a warning.
    const unused = report.rows.find((r) => r.key === '4.2.7')!;
    expect(unused.alpha).toBeNull();
    expect(unused.reading.en).toContain('cannot be computed');
    expect(unused.warning?.en).toContain('applied in only 0 units');
    // Cells split a code's units by assistant type.
    const code = report.rows.find((r) => r.key === '4.1.1')!;
    const cells = report.rows.filter((r) => r.key.startsWith('4.1.1 · '));
    expect(cells.reduce((n, r) => n + r.units, 0)).toBeLessThanOrEqual(code.units);
  });

  it('with overlap units, matches segments that share enough of their extent', () => {
    const { project, changed } = twoCoders();
    const strict = agreementReport(project, ['Ani', 'Budi'], { kind: 'overlap', threshold: 0.5 });
    const units = new Set(decisions(project, 'Ani', 'Budi', { kind: 'overlap', threshold: 0.5 }).map((d) => d.unit));
    // Budi copied Ani's segments but one: matched pairs, Ani's dropped one, Budi's extra one.
    const ani = project.segments.filter((s) => s.coder === 'Ani').length;
    expect(units.size).toBe(ani + 1);
    expect(units.has(changed.dropped.id)).toBe(true);
    expect(strict.rows[0]!.units).toBe((ani + 1) * 32);
  });

  it('reads alpha by Krippendorff’s thresholds', () => {
    expect(readAlpha(0.85).id).toBe('andal (α ≥ 0,800)');
    expect(readAlpha(0.7).en).toBe('tentative conclusions only (.667 ≤ α < .800)');
    expect(readAlpha(0.2).en).toBe('not reliable (α < .667)');
  });

  it('counts the same figures as the decisions listed one by one, per unit kind, with types set by hand and unattributed speakers', () => {
    const { project } = twoCoders();
    // A speaker without a type, some segments counted for a type by hand.
    const people = project.participants.map((p, i) => (i === 0 ? { ...p, assistantType: null } : p));
    const segments = project.segments.map((s, i) => (i % 5 === 0 ? { ...s, assistantType: i % 2 ? 'TKSK' : 'PKH' } : s));
    const study = { ...project, participants: people, segments };
    for (const unit of [{ kind: 'turn' } as const, { kind: 'overlap', threshold: 0.5 } as const]) {
      const listed = decisions(study, 'Ani', 'Budi', unit);
      const report = agreementReport(study, ['Ani', 'Budi'], unit);
      const codes = (prefix: string) => (d: Decision) => d.code === prefix || d.code.startsWith(`${prefix}.`);
      for (const r of report.rows) {
        const ds = r.scope === 'overall' ? listed : r.scope === 'cell' ? listed.filter((d) => d.code === r.key.split(' · ')[0] && d.assistantType === r.key.split(' · ')[1]) : listed.filter(codes(r.key));
        const expected = figures(ds);
        expect({ units: r.units, coded: r.coded }, `${unit.kind} ${r.key}`).toEqual({ units: expected.units, coded: expected.coded });
        for (const k of ['percent', 'cohen', 'alpha', 'brennanPrediger'] as const) {
          if (expected[k] === null) expect(r[k]).toBeNull();
          else expect(r[k]).toBeCloseTo(expected[k], 12);
        }
      }
    }
  });
});
