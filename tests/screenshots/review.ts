import { fileURLToPath } from 'node:url';

/** Where a screenshot taken for review (not for the README) goes: test-results/screens/. */
export const review = (name: string) => fileURLToPath(new URL(`../../test-results/screens/${name}.png`, import.meta.url));
