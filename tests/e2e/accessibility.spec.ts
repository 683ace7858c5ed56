/**
 * What a screen reader meets: axe-core on every screen of a coded study, in both
 * languages, with no violation allowed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { codedSampleStudy } from './pages.ts';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

test('every screen of a coded study has no axe violations, in Indonesian and English', async ({ page }) => {
  // Eighteen screens analysed: more time than one screen's test.
  test.setTimeout(240_000);
  const { app } = await codedSampleStudy(page, 'Studi aksesibel');
  const found: Record<string, string[]> = {};
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    const tabs = lang === 'ID' ? ['Sesi FGD', 'Peserta', 'Buku kode', 'Segmen', 'Telusuri', 'Matriks', 'Tim pengode', 'Ekspor tabel'] : ['FGD sessions', 'Participants', 'Codebook', 'Segments', 'Explore', 'Matrix', 'Coding team', 'Export tables'];
    for (const tab of tabs) {
      await app.tab(tab).click();
      await page.waitForTimeout(300);
      const v = await violations(page);
      if (v.length) found[`${lang} ${tab}`] = v;
    }
    await app.tab(tabs[0]!).click();
    await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
    await expect(page.locator('.turn').first()).toBeVisible();
    const v = await violations(page);
    if (v.length) found[`${lang} session`] = v;
    await page.getByRole('link', { name: 'Studi aksesibel' }).click();
  }
  await page.getByRole('link', { name: /Semua studi|All studies/ }).click();
  const v = await violations(page);
  if (v.length) found['studies'] = v;
  expect(found).toEqual({});
});
