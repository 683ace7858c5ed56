/** Overlapping segments in one statement: coded with mouse and keyboard, shown as stripes, re-spanned and undone. */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

const STATEMENT = 'Kami juga mengajari pengurus KUBE membuat pembukuan sederhana, mencatat uang masuk dan keluar setiap hari, supaya laba ruginya kelihatan.';
const WHOLE = 'mengajari pengurus KUBE membuat pembukuan sederhana, mencatat uang masuk dan keluar setiap hari';
const INNER = 'pembukuan sederhana, mencatat uang masuk dan keluar';

test('two overlapping segments of one statement get a stripe each, and one is re-spanned, undone and redone', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi tumpang tindih', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const sari = await session.turn('Bu Sari', STATEMENT);

  // The mouse codes the whole teaching statement as educator × financial management.
  await session.selectText(sari, WHOLE);
  await session.applyCodeWithMouse('4.3.5');

  // The keyboard selects the bookkeeping part inside it and types the code in the picker.
  await session.placeCaretBefore(sari, INNER);
  for (let i = 0; i < INNER.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByLabel('Teks terpilih')).toHaveText(INNER);
  await session.applyCodeByTyping('4.4.5', '4.4.5');

  const stripes = sari.locator('.stripe');
  await expect(stripes).toHaveCount(2);
  const whole = stripes.filter({ hasText: '4.3.5' });
  const inner = stripes.filter({ hasText: '4.4.5' });
  await expect(whole).toHaveAccessibleName(`Segmen 4.3.5: ${WHOLE.slice(0, 60)}`);
  // Overlapping segments stand side by side, in different lanes.
  const [a, b] = [await whole.boundingBox(), await inner.boundingBox()];
  expect(a && b && Math.abs(a.x - b.x)).toBeGreaterThan(20);

  // Hovering a stripe highlights exactly its segment's text.
  const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('segment-hover') ?? [])].map((r) => r.toString()).join('|'));
  await inner.hover();
  await expect.poll(highlighted).toBe(INNER);
  await whole.hover();
  await expect.poll(highlighted).toBe(WHOLE);
  await page.mouse.move(5, 5);
  await expect.poll(highlighted).toBe('');

  // Choosing the inner stripe opens its span controls; the end grows by a word, then the start shrinks.
  await inner.click();
  const segment = sari.locator('.segment-chosen');
  await expect(segment).toContainText(INNER.slice(0, 40));
  await segment.getByRole('button', { name: 'Perluas akhir satu kata' }).click();
  await expect(sari.locator('.segment-chosen')).toHaveAttribute('title', `${INNER} setiap`);
  await sari.locator('.segment-chosen').getByRole('button', { name: 'Persempit awal satu kata' }).click();
  await expect(sari.locator('.segment-chosen')).toHaveAttribute('title', 'sederhana, mencatat uang masuk dan keluar setiap');

  // Undo takes both span edits back; redo brings the last one again.
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(sari.locator(`.segment[title="${INNER}"]`)).toHaveCount(1);
  await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(sari.locator(`.segment[title="${INNER} setiap"]`)).toHaveCount(1);

  // The other segment keeps its span through all of it, and its stripe follows a reload.
  await expect(sari.locator(`.segment[title="${WHOLE}"]`)).toHaveCount(1);
  await session.waitUntilSaved();
  await page.reload();
  const again = await session.turn('Bu Sari', STATEMENT);
  await expect(again.locator('.stripe')).toHaveCount(2);
});

test('a segment takes the text selected in its turn as its new span', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi rentang', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const sari = await session.turn('Bu Sari', STATEMENT);
  await session.selectText(sari, 'pembukuan sederhana');
  await session.applyCodeWithMouse('4.3.5');
  await sari.locator('.segment-quote').click();
  await session.selectText(sari, 'mengajari pengurus KUBE membuat pembukuan sederhana');
  await sari.getByRole('button', { name: 'Rentang = pilihan' }).click();
  await expect(sari.locator('.segment')).toHaveAttribute('title', 'mengajari pengurus KUBE membuat pembukuan sederhana');
  await expect(sari.locator('mark.seg')).toHaveText('mengajari pengurus KUBE membuat pembukuan sederhana');
});
