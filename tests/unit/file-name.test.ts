import { describe, expect, it } from 'vitest';
import { fileStemOf, isUnsafeFileName } from '../../shared/file-name.ts';

describe('a title as a file name', () => {
  it('keeps what reads as the title and makes what a system refuses a dash', () => {
    expect(fileStemOf('FGD Sukamaju', 'transkrip')).toBe('FGD Sukamaju');
    expect(fileStemOf('FGD 12/03: Bekasi', 'transkrip')).toBe('FGD 12-03- Bekasi');
    expect(fileStemOf('Sesi\u202Etxt.exe', 'transkrip')).toBe('Sesi-txt.exe');
    expect(fileStemOf('Sesi\nkedua', 'transkrip')).toBe('Sesi-kedua');
    expect(fileStemOf('CON', 'transkrip')).toBe('CON_');
    expect(fileStemOf('  ...  ', 'transkrip')).toBe('transkrip');
    expect(fileStemOf('x'.repeat(5000), 'transkrip')).toHaveLength(150);
    for (const title of ['FGD 12/03: Bekasi', 'CON', 'a.', 'Sesi\u202Etxt']) expect(isUnsafeFileName(`${fileStemOf(title, 'transkrip')}.txt`)).toBe(false);
  });
});
