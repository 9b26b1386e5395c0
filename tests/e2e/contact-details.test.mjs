// Editing the parts of a contact that come in lists beyond phones and
// emails: postal addresses and social profiles — added, shown, kept after a
// reload, removed — and the same editor in 简体中文.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, heading } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

let app;
before(async () => {
  app = await openApp(requireDist());
  const { page } = app;
  await page.goto(app.url('/settings'));
  await page.getByLabel('Choose a file to import').setInputFiles('tests/fixtures/e2e/three-people.vcf');
  await page.getByRole('status').filter({ hasText: 'Imported 3 contacts.' }).waitFor();
});
after(async () => {
  await app?.close();
});

async function openLiNa(page) {
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('li na');
  await page.getByRole('list', { name: 'All contacts' }).getByRole('link', { name: /^Li Na/ }).first().click();
  await heading(page).filter({ hasText: 'Li Na' }).waitFor();
}

test('a postal address and a social profile are added, shown and kept', async () => {
  const { page } = app;
  await openLiNa(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();

  await page.getByRole('button', { name: 'Add a postal address' }).click();
  const address = page.getByRole('group', { name: 'Address 1' });
  await address.getByLabel('Type').selectOption({ label: 'Work' });
  await address.getByLabel('Street').fill('88 Century Avenue, Floor 20');
  await address.getByLabel('Postal code').fill('200120');
  await address.getByLabel('City').fill('Shanghai');
  await address.getByLabel('Country or region').fill('China');
  // A second, left empty, is dropped on save.
  await page.getByRole('button', { name: 'Add a postal address' }).click();
  await page.getByRole('group', { name: 'Address 2' }).waitFor();

  await page.getByRole('button', { name: 'Add a social profile' }).click();
  await page.getByLabel('Profile 1: service (e.g. X, GitHub)').fill('GitHub');
  await page.getByLabel('Profile 1: link').fill('https://github.com/lina-example');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
  await page.getByText('88 Century Avenue, Floor 20').waitFor();
  await page.reload();
  await page.getByText('88 Century Avenue, Floor 20').waitFor();
  const github = page.getByRole('link', { name: /github\.com\/lina-example/ });
  assert.equal(await github.getAttribute('href'), 'https://github.com/lina-example');

  // Back in the editor: one address (the empty one is gone); remove it.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  assert.equal(await page.getByRole('group', { name: 'Address 2' }).count(), 0);
  assert.equal(await page.getByRole('group', { name: 'Address 1' }).getByLabel('City').inputValue(), 'Shanghai');
  assert.equal(await page.getByRole('group', { name: 'Address 1' }).getByLabel('Type').inputValue(), 'work');
  await page.getByRole('button', { name: 'Remove address 1' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
  assert.equal(await page.getByText('88 Century Avenue, Floor 20').count(), 0);
  await github.waitFor();
});

test('the editor reads naturally in 简体中文', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('radio', { name: '简体中文' }).check();
  await page.getByRole('link', { name: '联系人', exact: true }).waitFor();
  await page.getByRole('link', { name: '联系人', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '3 位联系人' }).waitFor();
  await page.getByRole('list', { name: '全部联系人' }).getByRole('link', { name: /^Li Na/ }).first().click();
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await page.getByRole('button', { name: '添加通讯地址' }).click();
  await page.getByRole('group', { name: '地址 1' }).getByLabel('城市').fill('上海');
  await page.getByRole('button', { name: '取消', exact: true }).click();
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors, []);
});
