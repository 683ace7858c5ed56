/**
 * What a screen reader meets: axe-core on every screen of a coded study (each study tab,
 * the Telusuri views, a session with each of its panels and dialogs, backups, the studies list), in both
 * languages, with no violation allowed.
 */
import { expect, test } from '@playwright/test';
import { axeViolations as violations } from './axe.ts';
import { codedSampleStudy, fixturePath } from './pages.ts';

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
    // The foot pedal settings, from the shortcuts panel.
    await page.getByRole('button', { name: id ? 'Pintasan papan ketik' : 'Keyboard shortcuts' }).click();
    await page.getByRole('button', { name: id ? 'Pedal kaki…' : 'Foot pedals…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(`${lang} session foot pedal dialog`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('button', { name: id ? 'Pintasan papan ketik' : 'Keyboard shortcuts' }).click();
    // The dialogs: a transcript's speaker mapping, and a version's viewer.
    await app.chooseFile(page.getByRole('button', { name: id ? 'Impor transkrip…' : 'Import transcript…' }), fixturePath('fgd-sukamaju.txt'));
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(`${lang} session import dialog`);
    await page.getByRole('dialog').getByRole('button', { name: id ? 'Batal' : 'Cancel' }).click();
    await page.getByRole('button', { name: id ? 'Simpan versi' : 'Save version' }).click();
    await page.getByRole('button', { name: id ? /^Versi \(/ : /^Versions \(/ }).click();
    await page.getByRole('button', { name: id ? 'Lihat' : 'View' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(`${lang} session version dialog`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('link', { name: id ? 'Cadangan' : 'Backups' }).click();
    await check(`${lang} backups`);
    await page.getByRole('link', { name: 'Telaah', exact: true }).click();
    await check(`${lang} studies`);
    await page.getByRole('link', { name: 'Studi aksesibel' }).click();
  }
  expect(found).toEqual({});
});
