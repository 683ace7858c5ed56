import { describe, expect, it } from 'vitest';
import { roleChartData, roleChartSvg, shortLabel } from '../../shared/chart.ts';
import { buildMatrix } from '../../shared/matrix.ts';
import { codedStudy } from './sample-project.ts';

describe('the comparison chart of a role', () => {
  const p = codedStudy();
  const matrix = buildMatrix(p);

  it('has one bar per agenda and assistant type with the cell’s count', () => {
    const bars = roleChartData(p.study, matrix, 1, 'segments');
    expect(bars).toHaveLength(16);
    expect(bars.filter((b) => b.agenda === 2)).toEqual([
      { agenda: 2, type: 'PKH', count: 1 },
      { agenda: 2, type: 'TKSK', count: 2 },
    ]);
  });

  it('draws bars whose heights follow the counts, with a legend and escaped title', () => {
    const svg = roleChartSvg(p.study, matrix, 1, 'segments', 'id', 'Broker <PKH & TKSK>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/class="bar"/g)).toHaveLength(16);
    expect(svg).toContain('Broker &#60;PKH &#38; TKSK&#62;');
    expect(svg).toContain('>Pendamping PKH</text>');
    const height = (agenda: number, type: string) => Number(new RegExp(`data-agenda="${agenda}" data-type="${type}" data-count="\\d+" x="[\\d.]+" y="[\\d.]+" width="[\\d.]+" height="([\\d.]+)"`).exec(svg)?.[1]);
    expect(height(2, 'TKSK')).toBeCloseTo(2 * height(2, 'PKH'), 0);
    expect(height(4, 'PKH')).toBe(0);
  });

  it('writes a short label of each agenda under its number, cut to the group’s width', () => {
    expect(shortLabel('Penguasaan teknologi informasi', 86)).toBe('Penguasaan te…');
    const svg = roleChartSvg(codedStudy().study, buildMatrix(codedStudy()), 1, 'segments', 'id', 'Broker');
    expect(svg.match(/class="row-label"/g)).toHaveLength(8);
    expect(shortLabel('Data', 86)).toBe('Data');
  });
});
