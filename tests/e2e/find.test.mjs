// Finding people: A–Z with pinyin sections, search by pinyin and initials,
// filters by several tags (all of / any of), kept in the URL.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

let app;
before(async () => {
  app = await openApp(requireDist());
  const { page } = app;
  await page.goto(app.url('/settings'));
  await page.getByLabel('Choose a file to import').setInputFiles('tests/fixtures/e2e/network.vcf');
  await page.getByText('Imported 7 contacts.').waitFor();
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
});
after(async () => {
  await app?.close();
});

const names = async (page) => {
  const list = page.getByRole('list', { name: 'All contacts' });
  await list.waitFor();
  return list.getByRole('listitem').locator('.contact-name').allTextContents();
};

test('A–Z order files Chinese names by pinyin, as WeChat does', async () => {
  const { page } = app;
  assert.deepEqual(await names(page), ['Anna Schmidt', 'Bob Chen', '李娜', 'María García', '王芳', '张伟', 'Zoe Miller']);
  await page.getByRole('status').filter({ hasText: '7 contacts' }).waitFor();
  await page.getByRole('button', { name: 'Jump to Z' }).waitFor();
});

test('search finds people by characters, pinyin, initials and without accents', async () => {
  const { page } = app;
  const search = page.getByRole('searchbox', { name: 'Search' });
  for (const [query, expected] of [
    ['zw', ['张伟']],
    ['zhangwei', ['张伟']],
    ['张', ['张伟']],
    ['garcia', ['María García']],
    ['lumen', ['María García', 'Zoe Miller']],
    ['shenzhen', ['李娜']],
  ]) {
    await search.fill(query);
    await page.waitForURL((url) => url.searchParams.get('q') === query);
    assert.deepEqual((await names(page)).sort(), [...expected].sort(), `search "${query}"`);
  }
  await search.fill('nobody-by-this-name');
  await page.getByText('No contacts match.').waitFor();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  assert.equal((await names(page)).length, 7);
});

test('results follow each keystroke; reload and back keep the search', async () => {
  const { page } = app;
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.pressSequentially('zhangw', { delay: 30 });
  await page.waitForURL((url) => url.searchParams.get('q') === 'zhangw');
  assert.deepEqual(await names(page), ['张伟']);
  // Deleting a letter widens the search again.
  await search.press('Backspace');
  await search.press('Backspace');
  await search.press('Backspace');
  await search.press('Backspace');
  await search.press('Backspace');
  await page.waitForURL((url) => url.searchParams.get('q') === 'z');
  assert.ok((await names(page)).length > 1);
  await search.pressSequentially('w');
  await page.waitForURL((url) => url.searchParams.get('q') === 'zw');
  assert.deepEqual(await names(page), ['张伟']);

  await page.reload();
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'zw');
  assert.deepEqual(await names(page), ['张伟']);
  await page.getByRole('link', { name: /^张伟/ }).click();
  await page.waitForURL(/\/contact\//);
  await page.goBack();
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'zw');
  assert.deepEqual(await names(page), ['张伟']);
  await search.fill('');
  await page.waitForURL((url) => !url.searchParams.has('q'));
  assert.equal((await names(page)).length, 7);
});

test('filter by two tags: all of them, then any of them; the URL keeps it', async () => {
  const { page } = app;
  const filters = page.getByRole('group', { name: 'Filter by tags' });
  await filters.getByRole('button', { name: 'leads' }).click();
  await filters.getByRole('button', { name: 'New York' }).click();
  assert.equal(await filters.getByRole('button', { name: 'leads' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('radio', { name: 'All of these tags' }).waitFor();
  assert.deepEqual(await names(page), ['María García', '张伟']);

  await page.getByRole('radio', { name: 'Any of these tags' }).check();
  assert.deepEqual(await names(page), ['李娜', 'María García', '张伟', 'Zoe Miller']);
  await page.getByRole('status').filter({ hasText: '4 contacts' }).waitFor();

  await page.reload();
  assert.deepEqual(await names(page), ['李娜', 'María García', '张伟', 'Zoe Miller']);
  assert.equal(await page.getByRole('radio', { name: 'Any of these tags' }).isChecked(), true);

  // Open someone and come back: the filter is still there.
  await page.getByRole('link', { name: /María García/ }).click();
  await page.waitForURL(/\/contact\//);
  await page.goBack();
  assert.deepEqual(await names(page), ['李娜', 'María García', '张伟', 'Zoe Miller']);
  await page.getByRole('button', { name: 'Clear search and filters' }).or(page.getByRole('group', { name: 'Filter by tags' }).getByRole('button', { name: 'leads' })).first().waitFor();
});

test('recently met order and no errors', async () => {
  const { page } = app;
  await page.goto(app.url('/?order=recent'));
  assert.equal((await names(page)).length, 7);
  assert.equal(await page.getByLabel('Sort').inputValue(), 'recent');
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors, []);
});
