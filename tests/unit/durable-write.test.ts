import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDurably } from '../../electron/durable-write.ts';

describe('a file written durably by the desktop app', () => {
  it('replaces the old file whole and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-durable-'));
    const path = join(dir, 'studi.telaah.json');
    writeFileSync(path, 'lama');
    await writeDurably(path, '{"baru": true}');
    expect(readFileSync(path, 'utf8')).toBe('{"baru": true}');
    await writeDurably(path, new TextEncoder().encode('byte'));
    expect(readFileSync(path, 'utf8')).toBe('byte');
    expect(readdirSync(dir)).toEqual(['studi.telaah.json']);
  });

  it('refuses a folder that is not there, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-durable-'));
    await expect(writeDurably(join(dir, 'tidak-ada', 'a.txt'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
