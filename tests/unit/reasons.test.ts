import { describe, expect, it } from 'vitest';
import { describeImportError, ImportError } from '../../shared/formats/import-error.ts';
import { REASONS, reason, type ReasonKey } from '../../shared/formats/reasons.ts';
import { importParticipants } from '../../shared/formats/participants-csv.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import error messages', () => {
  it.each(Object.keys(REASONS) as ReasonKey[])('%s says the same thing in Indonesian and English', (key) => {
    const { id, en } = REASONS[key];
    expect(id).not.toBe('');
    expect(id).not.toBe(en);
    expect(placeholders(id)).toEqual(placeholders(en));
  });

  it('names file and line in the user’s language, and in English for the CLI', () => {
    let error: unknown;
    try {
      importParticipants(emptyProject(createStudy('S', 2019)), 'label,assistant_type\nBu Ani,KUBE\n', 'peserta.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    const e = error as ImportError;
    expect(e.message).toBe('peserta.csv:2: unknown assistant type "KUBE"; use one of PKH, TKSK or leave it empty');
    expect(describeImportError(e, 'id')).toBe('peserta.csv:2: jenis pendamping "KUBE" tidak dikenal; gunakan salah satu dari PKH, TKSK atau kosongkan');
  });

  it('leaves out the line when the problem is the whole file', () => {
    expect(describeImportError(new ImportError('kosong.txt', null, reason('transcript.noTurns')), 'id')).toBe('kosong.txt: transkrip tidak berisi giliran bicara');
  });
});
