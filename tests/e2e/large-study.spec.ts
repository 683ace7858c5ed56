/**
 * A 10-FGD evaluation (2,460 turns, 5,010 segments) used as a researcher would: the
 * segments list shows only rows near the view yet reaches its last row, filters by a word
 * across all sessions, and opens a segment's place in its transcript; the matrix counts
 * every segment.
 */
import { expect, test } from '@playwright/test';
import { buildMatrix } from '../../shared/matrix.ts';
import { countedBy, countedCoder } from '../../shared/coders.ts';
import { segmentViews } from '../../shared/segments-view.ts';
import { evaluationStudy } from '../bench/evaluation-study.ts';
import { Telaah } from './pages.ts';

test('a study of ten FGDs: the segments list reaches its last row, filters across sessions and opens a segment in its transcript', async ({ page }) => {
  test.setTimeout(120_000);
  const project = evaluationStudy(10);
  const app = new Telaah(page);
  await app.openStudy(project);

  await app.tab('Segmen').click();
  const count = page.locator('.segments-panel [aria-live="polite"]');
  await expect(count).toHaveText(`${project.segments.length} dari ${project.segments.length} segmen`);
  const rows = page.locator('[data-segment-id]');
  expect(await rows.count()).toBeLessThan(60);

  // The last segment in transcript order is reached by scrolling.
  const views = segmentViews(project);
  const last = views[views.length - 1]!;
  await page.getByTestId('segments-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator(`[data-segment-id="${last.segment.id}"]`)).toBeVisible();

  // A word of one quote finds every segment holding it, in any session.
  const word = last.segment.text.split(' ').find((w) => w.length > 8)!.replace(/[.,]/g, '');
  const holding = views.filter((v) => v.searchText.includes(word.toLocaleLowerCase('id'))).length;
  await page.locator('.segment-filters input[type="search"]').fill(word);
  await expect(count).toHaveText(`${holding} dari ${project.segments.length} segmen`);
  const found = page.locator(`[data-segment-id="${last.segment.id}"]`);
  await found.scrollIntoViewIfNeeded();
  await found.getByRole('link', { name: 'Buka' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText(last.segment.text);

  // The matrix counts what the domain code counts, cell by cell for one role.
  await page.getByRole('link', { name: project.study.title }).click();
  await app.tab('Matriks').click();
  const counted = countedBy(project, countedCoder(project, null));
  const matrix = buildMatrix(counted);
  for (const code of ['4.1.1', '4.1.5', '4.3.2', '4.4.8']) {
    for (const type of ['PKH', 'TKSK']) {
      const n = matrix.cells.get(`${code}|${type}`)?.quotes.length ?? 0;
      await expect(page.locator(`[data-cell="${code}|${type}"]`)).toHaveText(n === 0 ? '·' : String(n));
    }
  }
});
