/**
 * The chart of a word-frequency table: the most frequent words, each with one horizontal
 * bar per group showing its rate per 1,000 of the group's words, so groups of different
 * sizes compare fairly. A standalone SVG, all text escaped, shown in the app and saved.
 */
import { TYPE_COLOURS } from '../chart.ts';
import type { FrequencyTable } from './frequencies.ts';

const WIDTH = 760;
const LEFT = 150;
const RIGHT = 60;
const TOP = 60;
const BAR = 9;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function frequencyChartSvg(table: FrequencyTable, title: string, words = 15): string {
  const rows = table.rows.slice(0, words);
  const groups = table.groups;
  const rowH = Math.max(1, groups.length) * BAR + 10;
  const height = TOP + rows.length * rowH + 30;
  const max = Math.max(0.001, ...rows.flatMap((r) => r.rates));
  const plotW = WIDTH - LEFT - RIGHT;
  const parts: string[] = [`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`, `<text x="16" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`];
  groups.forEach((g, i) => {
    const x = 16 + i * 150;
    parts.push(`<rect x="${x}" y="34" width="12" height="12" fill="${TYPE_COLOURS[i % TYPE_COLOURS.length]}"/>`);
    parts.push(`<text x="${x + 18}" y="45" font-size="12">${escapeXml(g.label.length > 20 ? `${g.label.slice(0, 19)}…` : g.label)}</text>`);
  });
  rows.forEach((r, k) => {
    const y0 = TOP + k * rowH;
    parts.push(`<text x="${LEFT - 8}" y="${y0 + (groups.length * BAR) / 2 + 4}" font-size="12" text-anchor="end">${escapeXml(r.word)}</text>`);
    groups.forEach((g, i) => {
      const w = (r.rates[i]! / max) * plotW;
      const y = y0 + i * BAR;
      parts.push(`<rect class="bar" data-word="${escapeXml(r.word)}" data-group="${escapeXml(g.key)}" x="${LEFT}" y="${y}" width="${w.toFixed(1)}" height="${BAR - 1}" fill="${TYPE_COLOURS[i % TYPE_COLOURS.length]}"><title>${escapeXml(`${r.word} · ${g.label}: ${r.counts[i]} (${r.rates[i]!.toFixed(1)} / 1000)`)}</title></rect>`);
    });
  });
  parts.push(`<text x="${LEFT + plotW / 2}" y="${height - 10}" font-size="12" text-anchor="middle">per 1.000 kata / per 1,000 words</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">${parts.join('')}</svg>`;
}
