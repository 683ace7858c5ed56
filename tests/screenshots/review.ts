import { fileURLToPath } from 'node:url';

/** Where a screenshot taken for review (not for the README) goes: test-results/screens/. */
export const review = (name: string) => fileURLToPath(new URL(`../../test-results/screens/${name}.png`, import.meta.url));

/** The window sizes every screen is looked at: a small student laptop, the common one, a larger one. */
export const REVIEW_SIZES = [
  [1280, 720],
  [1366, 768],
  [1440, 900],
] as const;
