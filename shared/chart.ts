/**
 * The comparison chart of one role: for each agenda item, one bar per assistant type
 * (PKH, TKSK, …) showing its count, as a standalone SVG that can be shown in the app and
 * saved as a file. All text is escaped.
 */
import { codesOfRole, rowsOf } from './codebook.ts';
import { cellCount, type CellMeasure, type Matrix } from './matrix.ts';
import type { Lang, Study } from './model.ts';

export const TYPE_COLOURS = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#0891b2', '#ca8a04'];

const WIDTH = 760;
const HEIGHT = 380;
const MARGIN = { top: 56, right: 24, bottom: 70, left: 48 };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export interface ChartBar {
  agenda: number;
  type: string;
  count: number;
}

/** The numbers behind a role's chart, row by row, column by column (assistant type, or the value compared). */
export function roleChartData(study: Study, matrix: Matrix, role: number, measure: CellMeasure): ChartBar[] {
  return codesOfRole(study.codebook, role).flatMap((c) => matrix.groups.map((g) => ({ agenda: c.agenda.number, type: g.key, count: cellCount(matrix, c.code, g.key, measure) })));
}

/** A label cut to what a group `width` pixels wide holds at 9 px (about 6 px a character, a gap kept), with "…" when cut. */
export function shortLabel(label: string, width: number): string {
  const room = Math.max(3, Math.floor(width / 6));
  return label.length <= room ? label : `${label.slice(0, room - 1).trimEnd()}…`;
}

/** What the bars' groups are: the agenda items of a matrix, a role's own codes otherwise. */
function axisName(study: Study, lang: Lang): string {
  if (study.codebook.sharedRows) return lang === 'id' ? 'Agenda' : 'Agenda item';
  return lang === 'id' ? 'Kode' : 'Code';
}

export function roleChartSvg(study: Study, matrix: Matrix, role: number, measure: CellMeasure, lang: Lang, title: string): string {
  const bars = roleChartData(study, matrix, role, measure);
  const agendas = rowsOf(study.codebook, study.codebook.roles.find((r) => r.number === role)!);
  const types = matrix.groups;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupW = plotW / Math.max(1, agendas.length);
  const barW = (groupW * 0.75) / Math.max(1, types.length);
  const y = (count: number) => MARGIN.top + plotH - (count / max) * plotH;
  const ticks = Array.from(new Set([0, Math.ceil(max / 2), max]));

  const parts: string[] = [];
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<text x="${MARGIN.left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`);
  types.forEach((t, i) => {
    const x = MARGIN.left + i * 170;
    parts.push(`<rect x="${x}" y="34" width="12" height="12" fill="${TYPE_COLOURS[i % TYPE_COLOURS.length]}"/>`);
    parts.push(`<text x="${x + 18}" y="45" font-size="12">${escapeXml(t.label)}</text>`);
  });
  for (const tick of ticks) {
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d9dedb"/>`);
    parts.push(`<text x="${MARGIN.left - 8}" y="${y(tick) + 4}" font-size="11" text-anchor="end">${tick}</text>`);
  }
  agendas.forEach((a, g) => {
    const x0 = MARGIN.left + g * groupW + groupW * 0.125;
    types.forEach((t, i) => {
      const count = bars.find((b) => b.agenda === a.number && b.type === t.key)?.count ?? 0;
      const x = x0 + i * barW;
      parts.push(
        `<rect class="bar" data-agenda="${a.number}" data-type="${escapeXml(t.key)}" data-count="${count}" x="${x.toFixed(1)}" y="${y(count).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(MARGIN.top + plotH - y(count)).toFixed(1)}" fill="${TYPE_COLOURS[i % TYPE_COLOURS.length]}"><title>${escapeXml(`${a.label[lang]} · ${t.label}: ${count}`)}</title></rect>`,
      );
    });
    const mid = (x0 + (barW * types.length) / 2).toFixed(1);
    parts.push(`<text x="${mid}" y="${HEIGHT - MARGIN.bottom + 16}" font-size="12" text-anchor="middle">${a.number}</text>`);
    // A short label under the number, as much of it as the group's width holds.
    parts.push(`<text class="row-label" x="${mid}" y="${HEIGHT - MARGIN.bottom + 30}" font-size="9" text-anchor="middle" fill="#475569">${escapeXml(shortLabel(a.label[lang], groupW))}</text>`);
  });
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 12}" font-size="12" text-anchor="middle">${escapeXml(axisName(study, lang))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">${parts.join('')}</svg>`;
}
