/**
 * What a screen reader meets: axe-core on every screen of a coded study (each study tab,
 * the Telusuri views, a session with each of its panels, backups, the studies list), in both
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
  // Some thirty screens and panels analysed: more time than one screen's test.
  test.setTimeout(300_000);
  const { app } = await codedSampleStudy(page, 'Studi aksesibel');
  const found: Record<string, string[]> = {};
  const check = async (screen: string) => {
    await page.waitForTimeout(300);
    const v = await violations(page);
    if (v.length) found[screen] = v;
  };
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    const id = lang === 'ID';
    const tabs = id ? ['Sesi FGD', 'Peserta', 'Buku kode', 'Segmen', 'Telusuri', 'Matriks', 'Tim pengode', 'Ekspor tabel'] : ['FGD sessions', 'Participants', 'Codebook', 'Segments', 'Explore', 'Matrix', 'Coding team', 'Export tables'];
    for (const tab of tabs) {
      await app.tab(tab).click();
      await check(`${lang} ${tab}`);
    }
    await app.tab(tabs[4]!).click();
    for (const view of id ? ['Frekuensi kata', 'Kemunculan bersama', 'Memo'] : ['Word frequencies', 'Co-occurrence', 'Memos']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await check(`${lang} ${tabs[4]} ${view}`);
    }
    await app.tab(tabs[0]!).click();
    await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
    await expect(page.locator('.turn').first()).toBeVisible();
    await check(`${lang} session`);
    // The session's panels, each opened on its own.
    for (const panel of id ? [/^Versi \(/, /^Cari & ganti$/, /^Pintasan papan ketik$/] : [/^Versions \(/, /^Find & replace$/, /^Keyboard shortcuts$/]) {
      await page.getByRole('button', { name: panel }).click();
      await check(`${lang} session ${panel.source}`);
      await page.getByRole('button', { name: panel }).click();
    }
    await page.getByRole('link', { name: id ? 'Cadangan' : 'Backups' }).click();
    await check(`${lang} backups`);
    await page.getByRole('link', { name: 'Telaah', exact: true }).click();
    await check(`${lang} studies`);
    await page.getByRole('link', { name: 'Studi aksesibel' }).click();
  }
  expect(found).toEqual({});
});
