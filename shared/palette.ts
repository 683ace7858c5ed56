/**
 * Colours for roles and agendas that a new codebook starts with: distinct on white and
 * readable under white text, so chips, coding stripes and chart bars stay legible. The
 * first four are the colours of the published study's four roles.
 */
export const PALETTE = ['#2563eb', '#c2410c', '#15803d', '#7c3aed', '#be185d', '#0e7490', '#a16207', '#4d7c0f', '#b91c1c', '#4338ca', '#0f766e', '#9333ea'];

/** New agendas start grey: the role colours carry the meaning in chips and stripes. */
export const AGENDA_COLOR = '#64748b';

/** The palette colour for the n-th item (1-based), cycling past the end. */
export function paletteColor(n: number): string {
  return PALETTE[(Math.max(1, n) - 1) % PALETTE.length]!;
}

/** True for `#rgb` or `#rrggbb`, the colour forms files and the REFI-QDA standard use. */
export function isColor(value: string): boolean {
  return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
}

/** `#abc` → `#aabbcc`, lower case: one spelling per colour in files. */
export function normaliseColor(value: string): string {
  const v = value.trim().toLowerCase();
  return v.length === 4 ? `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}` : v;
}
