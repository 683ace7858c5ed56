/** The studies list with recent files and a refused drop, the drag overlay, and the study's spelling: every size, both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { codedStudy } from '../unit/sample-project.ts';
import { desktopBridge } from '../e2e/desktop-bridge.ts';
import { Telaah } from '../e2e/pages.ts';
import { shootEverySize } from './review.ts';

test('desktop studies list, drop and spelling screens', async ({ page }) => {
  const project = codedStudy();
  await desktopBridge(page, {
    recording: new Uint8Array(44),
    model: new Uint8Array(16),
    recent: [
      { file: { path: '/home/rina/Penelitian/Studi Sukamaju.telaah.json', name: 'Studi Sukamaju.telaah.json', openedAt: '2026-11-29T08:00:00.000Z' }, opened: { name: 'Studi Sukamaju.telaah.json', content: writeProjectFile(project) } },
      { file: { path: '/home/rina/Unduhan/ekspor NVivo.qdpx', name: 'ekspor NVivo.qdpx', openedAt: '2026-11-20T08:00:00.000Z' }, opened: null },
    ],
  });
  const app = new Telaah(page);
  await app.open();
  await page.getByRole('button', { name: 'Studi Sukamaju.telaah.json' }).click();
  await expect(page.getByRole('link', { name: project.study.title })).toBeVisible();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'catatan lapangan.odt'));
    for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await shootEverySize(page, 'studies-recent');
  // Files held over the window.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'fgd.txt'));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await shootEverySize(page, 'drop-overlay');
  await page.reload();

  await page.getByRole('link', { name: project.study.title }).click();
  const spelling = page.getByRole('region', { name: 'Ejaan' });
  for (const word of ['Sukamaju', 'Mekarsari', 'Cikarang', 'e-Warong-ku']) {
    await spelling.getByLabel('Kata baru').fill(word);
    await spelling.getByLabel('Kata baru').press('Enter');
  }
  await spelling.scrollIntoViewIfNeeded();
  await shootEverySize(page, 'spelling');
});
