/** Working together as a user does it: sharing from the Team tab, inviting, joining from an invitation. */
import { expect, type Page } from '@playwright/test';

/** Shares the study whose Team tab `page` shows to `server` with its key, as `name` (or the name offered). */
export async function shareFromTeamTab(page: Page, server: { address: string; key: string }, name?: string) {
  await page.getByLabel('Alamat server').fill(server.address);
  await page.getByLabel('Kunci server').fill(server.key);
  if (name) await page.getByLabel('Nama Anda').fill(name);
  await page.getByRole('button', { name: 'Bagikan ke server' }).click();
  await expect(page.getByText(/Dibagikan di/)).toBeVisible();
}

/** Invites a member from the Team tab; returns the invitation line shown once. */
export async function invite(page: Page, name: string, role: 'coder' | 'reader' | 'owner' = 'coder'): Promise<string> {
  await page.getByLabel('Nama anggota').fill(name);
  await page.getByLabel('Peran').selectOption(role);
  await page.getByRole('button', { name: 'Undang' }).click();
  const line = page.locator('.collab-invitation textarea');
  await expect(page.locator('.collab-invitation')).toContainText(name);
  return line.inputValue();
}

/** Joins a study from an invitation on the studies page; the study's sessions show. */
export async function joinFromInvitation(page: Page, invitation: string) {
  await page.getByRole('button', { name: 'Gabung studi tim…' }).click();
  await page.getByLabel('Undangan (baris yang diawali telaah-undangan:)').fill(invitation);
  await page.getByRole('button', { name: 'Gabung', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Sesi FGD' })).toHaveAttribute('aria-selected', 'true');
}
