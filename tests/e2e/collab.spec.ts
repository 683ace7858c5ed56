/**
 * A team on one study through a real collaboration server, in two browser contexts (two
 * people, two computers): the owner shares the study and invites a coder, the coder joins
 * from the invitation, both type in the same session at a typist's pace, see where the
 * other is, go offline and come back; every screen and every database ends the same.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { readSession } from '../../shared/collab/session-doc.ts';
import { serverAddress } from '../../shared/collab/server-address.ts';
import { StudyConnection } from '../../renderer/features/collab/study-connection.ts';
import { kill, newPage, startChromium, type Running } from './own-chromium.ts';
import { invite, joinFromInvitation, shareFromTeamTab } from './collab-pages.ts';
import { fixturePath, MatrixScreen, SessionScreen, storedTexts, Telaah } from './pages.ts';
import { removeTeamServer, startTeamServer, stopTeamServer, type TeamServer } from './team-server.ts';

let server: TeamServer;
test.beforeAll(async () => {
  server = await startTeamServer();
});
test.afterAll(async () => {
  await stopTeamServer(server);
  removeTeamServer(server);
});

const shown = (page: Page) => page.locator('.turn .turn-text');

/** Clicks into a turn and types at its end (or start), key by key. */
async function typeInTurn(page: Page, index: number, text: string, where: 'End' | 'Home', delay: number) {
  await shown(page).nth(index).click();
  await page.keyboard.press(where);
  await page.keyboard.type(text, { delay });
}

test('two people share a study and transcribe one session live, offline and back, without losing a key', async ({ browser }) => {
  test.setTimeout(120_000);
  const ownerContext = await browser.newContext();
  const coderContext = await browser.newContext();
  const sari = await ownerContext.newPage();
  const app = new Telaah(sari);
  await app.startStudy('Studi tim', 2024, 'FGD 1');
  await sari.getByRole('button', { name: 'Mulai mengetik' }).click();
  await sari.keyboard.type('Giliran pertama.', { delay: 30 });
  await sari.keyboard.press('Enter');
  await sari.keyboard.type('Giliran kedua.', { delay: 30 });
  await expect(sari.getByTestId('save-status')).toHaveText('Tersimpan');
  const sessionUrl = sari.url();

  // The owner shares the study and invites a coder.
  await sari.goto(sessionUrl.replace(/session\/.*$/, 'team'));
  await shareFromTeamTab(sari, server, 'Sari');
  await expect(sari.getByText(`Dibagikan di ${server.address}. Anda: Sari (pemilik).`)).toBeVisible();
  const invitation = await invite(sari, 'Joko');
  expect(invitation).toMatch(/^telaah-undangan:/);
  await expect(sari.locator('.collab-members li')).toHaveText([/Sari\s*pemilik/, /Joko\s*pengode/]);

  // The coder joins from the invitation on another computer.
  const joko = await coderContext.newPage();
  await new Telaah(joko).open();
  await joinFromInvitation(joko, invitation);
  await joko.getByRole('link', { name: 'FGD 1' }).click();
  await expect(shown(joko)).toHaveText(['Giliran pertama.', 'Giliran kedua.']);
  await sari.goto(sessionUrl);
  await expect(sari.locator('.collab-status')).toContainText('Daring');
  await expect(sari.locator('.collab-status')).toContainText('Joko');

  // Both type at once: Sari at the end of the first turn, Joko at the start of the same turn, then in the next one.
  await Promise.all([typeInTurn(sari, 0, ' Kami mendampingi KPM.', 'End', 40), typeInTurn(joko, 0, 'Ya, ', 'Home', 55)]);
  await expect(joko.locator('.turn').first().locator('.turn-presence')).toContainText('Sari');
  await Promise.all([typeInTurn(sari, 1, ' Sari menambah.', 'End', 35), typeInTurn(joko, 1, 'Joko: ', 'Home', 50)]);
  const together = ['Ya, Giliran pertama. Kami mendampingi KPM.', 'Joko: Giliran kedua. Sari menambah.'];
  await expect(shown(sari)).toHaveText(together);
  await expect(shown(joko)).toHaveText(together);

  // Joko's network goes; both keep typing; it comes back and everything merges.
  await coderContext.setOffline(true);
  await expect(joko.locator('.collab-status')).toContainText('Luring');
  await Promise.all([typeInTurn(joko, 1, ' (luring)', 'End', 45), typeInTurn(sari, 0, ' Tanpa Joko.', 'End', 40)]);
  await joko.keyboard.press('Enter');
  await joko.keyboard.type('Giliran luring Joko.', { delay: 45 });
  await coderContext.setOffline(false);
  const merged = ['Ya, Giliran pertama. Kami mendampingi KPM. Tanpa Joko.', 'Joko: Giliran kedua. Sari menambah. (luring)', 'Giliran luring Joko.'];
  await expect(shown(sari)).toHaveText(merged, { timeout: 20_000 });
  await expect(shown(joko)).toHaveText(merged);
  await expect(sari.getByTestId('save-status')).toHaveText('Tersimpan');
  await expect(joko.getByTestId('save-status')).toHaveText('Tersimpan');
  await expect.poll(() => storedTexts(sari)).toEqual(merged);
  await expect.poll(() => storedTexts(joko)).toEqual(merged);

  await ownerContext.close();
  await coderContext.close();
});

test("a study's own records and a teammate's coding reach the other computer's screens while both have the study open", async ({ browser }) => {
  test.setTimeout(120_000);
  const ownerContext = await browser.newContext();
  const coderContext = await browser.newContext();
  const sari = await ownerContext.newPage();
  const app = new Telaah(sari);
  await app.startStudy('Studi tim bersama', 2024, 'FGD Sukamaju');
  await new SessionScreen(sari).importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await expect(sari.getByTestId('save-status')).toHaveText('Tersimpan');
  const studyUrl = sari.url().replace(/session\/.*$/, '');
  await sari.goto(`${studyUrl}team`);
  await shareFromTeamTab(sari, server);
  const invitation = await invite(sari, 'Joko');

  const joko = await coderContext.newPage();
  await new Telaah(joko).open();
  await joinFromInvitation(joko, invitation);
  await new Telaah(joko).tab('Peserta').click();
  await expect(joko.locator('tr[data-participant="Bu Rina"]')).toHaveCount(1);

  // Sari renames a participant; Joko's open participants screen shows it.
  await sari.goto(`${studyUrl}participants`);
  const label = sari.locator('tr[data-participant="Bu Rina"]').getByLabel('Label (seperti di transkrip)');
  await label.fill('Bu Rina Wati');
  await label.blur();
  await expect(joko.locator('tr[data-participant="Bu Rina Wati"]')).toHaveCount(1);

  // Joko codes a statement of Bu Sari's in the session; Sari's matrix, open meanwhile, counts it.
  await sari.goto(`${studyUrl}matrix`);
  const matrix = new MatrixScreen(sari);
  await expect(matrix.cell('4.1.1', 'PKH')).toBeVisible();
  const before = Number((await matrix.cell('4.1.1', 'PKH').textContent())?.replace('·', '0'));
  await new Telaah(joko).tab('Sesi FGD').click();
  await joko.getByRole('link', { name: 'FGD Sukamaju' }).click();
  const session = new SessionScreen(joko);
  const words = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.';
  await session.selectText(await session.turn('Bu Sari', words), words);
  await session.applyCodeWithMouse('4.1.1');
  await matrix.expectCount('4.1.1', 'PKH', before + 1);
  // Sari's list of sessions shows that Joko is working in that one.
  await sari.goto(`${studyUrl}sessions`);
  await expect(sari.locator('.session-list li').filter({ hasText: 'FGD Sukamaju' }).locator('.session-presence')).toHaveText('Joko');

  await ownerContext.close();
  await coderContext.close();
});

/** This browser's share of a study (its token), read from the app's database. */
const shareOf = (page: Page, studyId: string) =>
  page.evaluate(
    (id) =>
      new Promise<{ token: string }>((resolve, reject) => {
        const open = indexedDB.open('telaah');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('shares').objectStore('shares').get(id);
          request.onsuccess = () => (resolve(request.result as { token: string }), open.result.close());
        };
      }),
    studyId,
  );

/** The session's turns as the server has them, read by a client of its own. */
async function onServer(studyId: string, sessionId: string, token: string): Promise<string[]> {
  const connection = new StudyConnection(serverAddress(server.address), studyId, token);
  try {
    const doc = new Y.Doc();
    await connection.ready(doc, sessionId);
    return readSession(doc, sessionId).turns.map((t) => t.text);
  } finally {
    connection.destroy();
  }
}

test('the browser killed 150 ms after the last key of a shared session: nothing lost, here or on the server once it is back', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'telaah-crash-shared-'));
  const started: Running[] = [];
  try {
    const first = await startChromium(profile);
    started.push(first);
    const page = await newPage(first);
    await page.goto(baseURL!);
    const app = new Telaah(page);
    await app.createStudy('Studi tim mati listrik', 2024);
    await app.addSession('FGD 1');
    await page.getByRole('button', { name: 'Mulai mengetik' }).click();
    await page.keyboard.type('Awal.', { delay: 40 });
    await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
    const sessionUrl = page.url();
    const [, studyId, sessionId] = /#\/study\/([^/]+)\/session\/([^/?]+)/.exec(sessionUrl)!;
    await page.goto(sessionUrl.replace(/session\/.*$/, 'team'));
    await shareFromTeamTab(page, server);
    await page.goto(sessionUrl);
    await expect(page.locator('.collab-status')).toContainText('Daring');
    await shown(page).first().click();
    await page.keyboard.press('End');
    const typed = [' Lanjut diketik.', 'Giliran kedua di studi tim.', 'Giliran ketiga, lalu listrik mati.'];
    await page.keyboard.type(typed[0]!, { delay: 40 });
    for (const turn of typed.slice(1)) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(turn, { delay: 40 });
    }
    await page.waitForTimeout(150);
    await kill(first);

    const expected = [`Awal.${typed[0]}`, typed[1]!, typed[2]!];
    const second = await startChromium(profile);
    started.push(second);
    const again = await newPage(second);
    await again.goto(sessionUrl);
    await expect(shown(again)).toHaveText(expected);
    await expect.poll(() => storedTexts(again)).toEqual(expected);
    await expect(again.locator('.collab-status')).toContainText('Daring');
    const { token } = await shareOf(again, decodeURIComponent(studyId!));
    await expect.poll(() => onServer(decodeURIComponent(studyId!), decodeURIComponent(sessionId!), token), { timeout: 15_000 }).toEqual(expected);
  } finally {
    for (const running of started) if (running.child.exitCode === null && running.child.signalCode === null) await kill(running);
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a reader watches without changing anything, and a coder whose access is revoked is told and can type no more', async ({ browser }) => {
  test.setTimeout(120_000);
  const [ownerContext, readerContext, coderContext] = [await browser.newContext(), await browser.newContext(), await browser.newContext()];
  const sari = await ownerContext.newPage();
  const app = new Telaah(sari);
  await app.startStudy('Studi tim pembaca', 2024, 'FGD 1');
  await sari.getByRole('button', { name: 'Mulai mengetik' }).click();
  await sari.keyboard.type('Teks asli.', { delay: 30 });
  await expect(sari.getByTestId('save-status')).toHaveText('Tersimpan');
  const sessionUrl = sari.url();
  await sari.goto(sessionUrl.replace(/session\/.*$/, 'team'));
  await shareFromTeamTab(sari, server);
  const forReader = await invite(sari, 'Pembimbing', 'reader');
  const forCoder = await invite(sari, 'Joko');

  const reader = await readerContext.newPage();
  await new Telaah(reader).open();
  await joinFromInvitation(reader, forReader);
  await reader.getByRole('link', { name: 'FGD 1' }).click();
  await expect(reader.locator('.collab-status')).toContainText('Anda pembaca');
  await shown(reader).first().click();
  await reader.keyboard.type('xyz', { delay: 30 });
  await expect(reader.getByRole('alert')).toHaveText(/Ketikan TIDAK disimpan: Anda pembaca/);
  await expect(shown(reader)).toHaveText(['Teks asli.']);

  const joko = await coderContext.newPage();
  await new Telaah(joko).open();
  await joinFromInvitation(joko, forCoder);
  await joko.getByRole('link', { name: 'FGD 1' }).click();
  await typeInTurn(joko, 0, ' Joko.', 'End', 40);
  await expect(shown(reader)).toHaveText(['Teks asli. Joko.']);

  // The owner revokes Joko: his screen says so at once, and what he types is refused, visibly.
  sari.once('dialog', (dialog) => void dialog.accept());
  await sari.getByRole('button', { name: 'Cabut Joko' }).click();
  await expect(sari.locator('.collab-members li').filter({ hasText: 'Joko' })).toContainText('dicabut');
  await expect(joko.locator('.collab-status')).toContainText('Ditolak server: akses Anda telah dicabut');
  await shown(joko).first().click();
  await joko.keyboard.type('abc', { delay: 30 });
  await expect(joko.getByRole('alert').filter({ hasText: 'Ketikan TIDAK disimpan' })).toBeVisible();
  await sari.goto(sessionUrl);
  await expect(shown(sari)).toHaveText(['Teks asli. Joko.']);
  await expect(shown(reader)).toHaveText(['Teks asli. Joko.']);
  for (const context of [ownerContext, readerContext, coderContext]) await context.close();
});

test('two tabs of one shared study both edit the same session, and each shows the other’s typing', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const first = await context.newPage();
  const app = new Telaah(first);
  await app.startStudy('Studi dua tab bersama', 2024, 'FGD 1');
  await first.getByRole('button', { name: 'Mulai mengetik' }).click();
  await first.keyboard.type('Satu.', { delay: 30 });
  await first.keyboard.press('Enter');
  await first.keyboard.type('Dua.', { delay: 30 });
  await expect(first.getByTestId('save-status')).toHaveText('Tersimpan');
  const sessionUrl = first.url();
  await first.goto(sessionUrl.replace(/session\/.*$/, 'team'));
  await shareFromTeamTab(first, server);
  await first.goto(sessionUrl);
  const second = await context.newPage();
  await second.goto(sessionUrl);
  await expect(second.locator('.collab-status')).toContainText('Daring');
  // No tab watches another: both type at once.
  await Promise.all([typeInTurn(first, 0, ' Tab pertama.', 'End', 40), typeInTurn(second, 1, ' Tab kedua.', 'End', 50)]);
  const both = ['Satu. Tab pertama.', 'Dua. Tab kedua.'];
  await expect(shown(first)).toHaveText(both);
  await expect(shown(second)).toHaveText(both);
  await expect.poll(() => storedTexts(second)).toEqual(both);
  await context.close();
});
