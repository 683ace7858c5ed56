import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/** Where a screenshot taken for review (not for the README) goes: test-results/screens/. */
export const review = (name: string) => fileURLToPath(new URL(`../../test-results/screens/${name}.png`, import.meta.url));

/** The window sizes every screen is looked at: a small student laptop, the common one, a larger one. */
export const REVIEW_SIZES = [
  [1280, 720],
  [1366, 768],
  [1440, 900],
] as const;

/** Switches the interface language with the header's buttons. */
export const chooseLanguage = (page: Page, lang: 'ID' | 'EN') => page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();

/** The page as it is now, in both languages at every review size: test-results/screens/{name}-{lang}-{w}x{h}.png; back in Indonesian after. */
export async function shootEverySize(page: Page, name: string): Promise<void> {
  for (const lang of ['ID', 'EN'] as const) {
    await chooseLanguage(page, lang);
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`${name}-${lang.toLowerCase()}-${width}x${height}`) });
    }
  }
  await chooseLanguage(page, 'ID');
}
