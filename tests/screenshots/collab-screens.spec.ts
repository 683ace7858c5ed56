/**
 * Working together, looked at: the sharing form, the members and an invitation shown once,
 * joining, and a shared session online (with a teammate in a turn) and offline, in both
 * languages at every review size (test-results/screens/collab-*).
 */
import { expect, test } from '@playwright/test';
import { invite, shareFromTeamTab } from '../e2e/collab-pages.ts';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { removeTeamServer, startTeamServer, stopTeamServer, type TeamServer } from '../e2e/team-server.ts';
import { chooseLanguage, review, REVIEW_SIZES, shootEverySize } from './review.ts';

let server: TeamServer;
test.beforeAll(async () => {
  server = await startTeamServer();
});
test.afterAll(async () => {
  await stopTeamServer(server);
  removeTeamServer(server);
});

test('screens of working together', async ({ browser }) => {
  test.setTimeout(300_000);
  const ownerContext = await browser.newContext();
  const coderContext = await browser.newContext();
  const page = await ownerContext.newPage();
  const app = new Telaah(page);
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  await new SessionScreen(page).importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const sessionUrl = page.url();
  await page.goto(sessionUrl.replace(/session\/.*$/, 'team'));
  await page.getByLabel('Alamat server').fill('https://tim.kampus.ac.id');
  await shootEverySize(page, 'collab-share-form');

  await shareFromTeamTab(page, server, 'Sari');
  const invitation = await invite(page, 'Joko');
  await invite(page, 'Pembimbing', 'reader');
  await expect(page.locator('.collab-members li')).toHaveCount(3);
  await page.locator('.collab').scrollIntoViewIfNeeded();
  await shootEverySize(page, 'collab-members');

  const joko = await coderContext.newPage();
  await new Telaah(joko).open();
  // The dialog makes the header inert, so each language is chosen before it opens.
  for (const [lang, open, field] of [
    ['EN', 'Join a team study…', 'Invitation (the line starting with telaah-undangan:)'],
    ['ID', 'Gabung studi tim…', 'Undangan (baris yang diawali telaah-undangan:)'],
  ] as const) {
    await chooseLanguage(joko, lang);
    await joko.getByRole('button', { name: open }).click();
    await joko.getByLabel(field).fill(invitation);
    for (const [width, height] of REVIEW_SIZES) {
      await joko.setViewportSize({ width, height });
      await joko.screenshot({ path: review(`collab-join-${lang.toLowerCase()}-${width}x${height}`) });
    }
    if (lang === 'EN') await joko.keyboard.press('Escape');
  }
  await joko.getByRole('button', { name: 'Gabung', exact: true }).click();
  await joko.getByRole('link', { name: 'FGD Sukamaju' }).click();
  await joko.locator('.turn .turn-text').nth(2).click();
  await page.goto(sessionUrl.replace(/session\/.*$/, 'sessions'));
  await expect(page.locator('.session-presence')).toHaveText('Joko');
  await shootEverySize(page, 'collab-sessions-list');
  await page.goto(sessionUrl);
  await expect(page.locator('.collab-status')).toContainText('Joko');
  await shootEverySize(page, 'collab-session-online');
  await ownerContext.setOffline(true);
  await expect(page.locator('.collab-status')).toContainText('Luring');
  await shootEverySize(page, 'collab-session-offline');
  await ownerContext.close();
  await coderContext.close();
});
