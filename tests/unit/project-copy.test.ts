import { describe, expect, it } from 'vitest';
import { untakenTitle } from '../../shared/project-copy.ts';

describe('the title of a study opened as a copy', () => {
  it('is the copy\'s title, or numbered on when a study has it already', () => {
    expect(untakenTitle('Studi A (salinan)', ['Studi A'])).toBe('Studi A (salinan)');
    expect(untakenTitle('Studi A (salinan)', ['Studi A', 'Studi A (salinan)'])).toBe('Studi A (salinan) 2');
    expect(untakenTitle('Studi A (salinan)', ['Studi A', 'studi a (salinan)', 'Studi A (salinan) 2'])).toBe('Studi A (salinan) 3');
  });
});
