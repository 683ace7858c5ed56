import { describe, expect, it } from 'vitest';
import { AUTO_VERSION_INTERVAL_MS, autoVersionDue, countWords } from '../../shared/versions.ts';

describe('transcript versions', () => {
  it('count words of Indonesian text, hyphenated words as one', () => {
    expect(countWords(['Kami mendampingi KPM ke e-Warong setiap bulan.', 'Anak-anak ikut, 2 kali.'])).toBe(7 + 4);
    expect(countWords(['', '  '])).toBe(0);
  });

  it('are taken automatically after ten minutes of editing, not while nothing changes', () => {
    const t0 = 1_000_000;
    expect(autoVersionDue(t0, true, t0 + AUTO_VERSION_INTERVAL_MS - 1, null)).toBe(false);
    expect(autoVersionDue(t0, true, t0 + AUTO_VERSION_INTERVAL_MS, null)).toBe(true);
    expect(autoVersionDue(t0, false, t0 + 5 * AUTO_VERSION_INTERVAL_MS, null)).toBe(false);
    expect(autoVersionDue(null, true, t0 + AUTO_VERSION_INTERVAL_MS, t0)).toBe(true);
    expect(autoVersionDue(null, true, t0 + 1000, t0)).toBe(false);
  });
});
