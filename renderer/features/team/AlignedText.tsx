/** A turn's text with two coders' segments on it: A's underlined in A's colour, B's shaded in B's. */
import type { Segment } from '../../../shared/model.ts';

export function AlignedText({ text, a, b, colorA, colorB }: { text: string; a: readonly Segment[]; b: readonly Segment[]; colorA: string; colorB: string }) {
  const cuts = [...new Set([0, text.length, ...[...a, ...b].flatMap((s) => [s.start, s.end])])].filter((n) => n >= 0 && n <= text.length).sort((x, y) => x - y);
  const pieces = cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1]!;
    const inA = a.some((s) => s.start <= from && s.end >= to);
    const inB = b.some((s) => s.start <= from && s.end >= to);
    return { from, to, inA, inB };
  });
  return (
    <p className="aligned-text">
      {pieces.map((p) => (
        <span
          key={p.from}
          className={[p.inA ? 'by-a' : '', p.inB ? 'by-b' : ''].join(' ').trim() || undefined}
          style={{ ...(p.inA ? { borderColor: colorA } : {}), ...(p.inB ? { background: `${colorB}33` } : {}) }}
        >
          {text.slice(p.from, p.to)}
        </span>
      ))}
    </p>
  );
}
