import { describe, expect, it } from 'vitest';
import { importParticipants } from '../../shared/formats/participants-csv.ts';
import { defaultChoices } from '../../shared/formats/speaker-map.ts';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { cleanText, nameSkeleton, NameSkeletons } from '../../shared/text-clean.ts';
import { importTranscript } from '../../shared/transcript.ts';
import { studyWithTranscript } from './sample-project.ts';

describe('text at the door', () => {
  it('is NFC, without zero-width spaces, word joiners, stray byte-order marks or bidirectional controls', () => {
    expect(cleanText('Bu Sa\u200Bri \u202Eiras\u202C e\u0301')).toBe('Bu Sari iras é');
    expect(cleanText('👩\u200D👩\u200D👧')).toBe('👩\u200D👩\u200D👧');
  });

  it('sees through look-alike letters, accents, case and spacing, but not through different names', () => {
    expect(nameSkeleton('Bu Sarі')).toBe(nameSkeleton('bu  sari'));
    expect(nameSkeleton('Pak Dédi')).toBe(nameSkeleton('Pak Dedi'));
    expect(nameSkeleton('Bu Rina')).not.toBe(nameSkeleton('Bu Sari'));
    const known = new NameSkeletons(['Bu Sari']);
    expect(known.lookalike('Bu Sarі')).toBe('Bu Sari');
    expect(known.lookalike('Bu Sari')).toBeUndefined();
  });

  it('refuses a participant label that only looks like an existing one, or that is no sane single line', () => {
    const study = importParticipants(emptyProject(createStudy('S', 2019)), 'label,assistant_type\nBu Sari,PKH\n', 'a.csv');
    expect(() => importParticipants(study, 'label,assistant_type\nBu Sarі,PKH\n', 'b.csv')).toThrow('b.csv:2: "Bu Sarі" looks like the participant "Bu Sari"');
    expect(() => importParticipants(study, 'label,assistant_type\n"Bu\nRina",PKH\n', 'c.csv')).toThrow('c.csv:2: "Bu\nRina" holds a line break');
    expect(() => importParticipants(study, 'label,assistant_type\nBu Rina: PKH,PKH\n', 'd.csv')).toThrow('d.csv:2: "Bu Rina: PKH" holds a colon');
    expect(() => importParticipants(study, `label,assistant_type\nBu \u001B[31mRina,PKH\n`, 'e.csv')).toThrow('e.csv:2: "Bu \u001B[31mRina" holds a control character');
    expect(() => importParticipants(study, `label,assistant_type\n${'x'.repeat(10_000)},PKH\n`, 'f.csv')).toThrow('f.csv:2: a name of 10000 characters; at most 200');
    // A zero-width space inside a known label is dropped at the door: the same participant, updated.
    const same = importParticipants(study, 'label,assistant_type,site\nBu Sa\u200Bri,PKH,Desa\n', 'g.csv');
    expect(same.participants.map((p) => [p.label, p.site])).toEqual([['Bu Sari', 'Desa']]);
  });

  it('offers a look-alike speaker of a transcript as the participant it looks like, in the mapping step', () => {
    expect(defaultChoices(['Bu Sarі', 'Bu Wati'], [{ label: 'Bu Sari', pseudonym: 'P01' }, { label: 'Moderator', pseudonym: 'P02' }])).toEqual(
      new Map([
        ['Bu Sarі', { kind: 'participant', label: 'Bu Sari' }],
        ['Bu Wati', { kind: 'new', label: 'Bu Wati' }],
      ]),
    );
  });

  it('refuses a transcript speaker that only looks like a participant, naming the line', () => {
    const text = 'Moderator: Mulai.\n\nBu Sarі: Saya dari PKH.';
    expect(() => importTranscript(studyWithTranscript(), 'FGD 2', parseTranscriptTxt(text, 'fgd2.txt'), 'fgd2.txt')).toThrow('fgd2.txt:3: "Bu Sarі" looks like the participant "Bu Sari"');
  });
});
