// Organising contacts through the UI: a contact's page (remark, tags, card
// photo, delete and undo, a save that meets another tab's edit), the Tags
// page (rename, merge) and the Events page (an event with a WeChat group code).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, heading } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

const FIXTURE = 'tests/fixtures/e2e/three-people.vcf';
const CARD_PICTURE = 'public/icons/icon-512.png';

let app;
before(async () => {
  app = await openApp(requireDist());
  const { page } = app;
  await page.goto(app.url('/settings'));
  await page.getByLabel('Choose a file to import').setInputFiles(FIXTURE);
  await page.getByRole('status').filter({ hasText: 'Imported 3 contacts.' }).waitFor();
});
after(async () => {
  await app?.close();
});

/** Opens a contact from the Contacts list, or by its id if the row is not a link. */
async function openContact(page, name) {
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  const row = page.getByRole('list', { name: 'All contacts' }).getByRole('link', { name: new RegExp(`^${name}`) });
  try {
    await row.first().click({ timeout: 5_000 });
  } catch {
    const id = await page.evaluate(async (wanted) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('mingpian');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = await new Promise((resolve) => {
        const request = db.transaction('contacts').objectStore('contacts').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return all.find((c) => c.alias === wanted || c.name?.formatted === wanted)?.id;
    }, name);
    await page.goto(app.url(`/contact/${id}`));
  }
  await heading(page).filter({ hasText: name }).waitFor();
}

const chips = (page) => page.getByRole('list', { name: 'Tags', exact: true }).getByRole('link').allTextContents();

test('a remark and tags, new and existing, are saved and survive a reload', async () => {
  const { page } = app;
  await openContact(page, 'Li Na');
  await page.getByRole('link', { name: 'Call +86 138 0013 8000' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Call +86 138 0013 8000' }).getAttribute('href'), 'tel:+8613800138000');
  assert.equal(await page.getByRole('link', { name: 'Email li.na@acme.example' }).getAttribute('href'), 'mailto:li.na@acme.example');

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Remark (your name for them)').fill('Li from WAIC');
  await page.getByLabel('New tag').fill('investor');
  await page.getByRole('button', { name: 'Add tag' }).click();
  assert.equal(await page.getByRole('checkbox', { name: 'investor' }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'leads' }).isChecked(), true);
  await page.getByLabel('Notes').fill('Robotics partner.\nFollow up in May.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await heading(page).filter({ hasText: 'Li from WAIC' }).waitFor();
  assert.deepEqual((await chips(page)).sort(), ['WAIC 2026', 'investor', 'leads']);
  await page.reload();
  await heading(page).filter({ hasText: 'Li from WAIC' }).waitFor();
  assert.deepEqual((await chips(page)).sort(), ['WAIC 2026', 'investor', 'leads']);
  await page.getByText('Follow up in May.').waitFor();

  // The Contacts list shows them by the remark now, and search finds it.
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  const list = page.getByRole('list', { name: 'All contacts' });
  await list.getByRole('link', { name: /^Li from WAIC/ }).waitFor();
  assert.equal(await list.getByRole('link', { name: /^Li Na/ }).count(), 0);
  await page.getByRole('searchbox', { name: 'Search' }).fill('from waic');
  await page.getByRole('status').filter({ hasText: '1 contact' }).waitFor();
  await list.getByRole('link', { name: /^Li from WAIC/ }).click();
  await heading(page).filter({ hasText: 'Li from WAIC' }).waitFor();
});

test('a card photo is attached, kept after a reload, and shown full screen', async () => {
  const { page } = app;
  await page.getByLabel('Choose a picture of their card').setInputFiles(CARD_PICTURE);
  const photo = page.getByRole('img', { name: 'Business card of Li from WAIC' });
  await photo.waitFor();
  await page.reload();
  await photo.waitFor();
  assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'photo did not load');

  await page.getByRole('button', { name: 'View the card photo full screen' }).click();
  const viewer = page.getByRole('dialog', { name: 'Card photo, full screen' });
  await viewer.waitFor();
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'detached' });
  assert.ok(await page.getByRole('button', { name: 'View the card photo full screen' }).evaluate((b) => b === document.activeElement));
});

test('a save never overwrites an edit made in another tab', async () => {
  const { page, context } = app;
  const url = page.url();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Job title').fill('CEO');

  const other = await context.newPage();
  await other.goto(url);
  await heading(other).filter({ hasText: 'Li from WAIC' }).waitFor();
  await other.getByRole('button', { name: 'Edit', exact: true }).click();
  await other.getByLabel('Job title').fill('CTO');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await other.getByText('CTO · Acme Robotics').waitFor();
  await other.close();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'changed in another window' }).waitFor();
  await page.getByRole('button', { name: 'Show the latest version' }).click();
  await page.getByText('CTO · Acme Robotics').waitFor();
});

test('renaming a tag on the Tags page renames it on the contact', async () => {
  const { page } = app;
  const contactUrl = page.url();
  await page.goto(app.url('/tags'));
  await heading(page).filter({ hasText: 'Tags' }).waitFor();
  const investor = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'investor', exact: true }) });
  await investor.getByText('1 contact', { exact: true }).waitFor();
  assert.equal(
    await page.getByRole('link', { name: 'investor', exact: true }).getAttribute('href'),
    `/?tags=${encodeURIComponent(await tagId(page, 'investor'))}`,
  );
  await page.getByRole('button', { name: 'Rename investor' }).click();
  await page.getByLabel('New name for investor').fill('Investors');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('link', { name: 'Investors', exact: true }).waitFor();

  await page.goto(contactUrl);
  await heading(page).filter({ hasText: 'Li from WAIC' }).waitFor();
  assert.deepEqual((await chips(page)).sort(), ['Investors', 'WAIC 2026', 'leads']);
});

test('merging two tags leaves one, on every contact', async () => {
  const { page } = app;
  const contactUrl = page.url();
  await page.goto(app.url('/tags'));
  await page.getByRole('button', { name: 'Merge leads into another tag' }).click();
  await page.getByRole('combobox', { name: 'Merge leads into' }).selectOption({ label: 'Investors' });
  await page.getByText('Contacts tagged “leads” (1) will be tagged “Investors” instead').waitFor();
  await page.getByRole('button', { name: 'Merge tags' }).click();
  await page.getByRole('link', { name: 'leads', exact: true }).waitFor({ state: 'detached' });

  await page.goto(contactUrl);
  await heading(page).filter({ hasText: 'Li from WAIC' }).waitFor();
  assert.deepEqual((await chips(page)).sort(), ['Investors', 'WAIC 2026']);
});

test('a deleted contact comes back with Undo', async () => {
  const { page } = app;
  await openContact(page, '张伟');
  await page.getByRole('button', { name: 'Delete contact' }).click();
  await page.getByText('Delete 张伟 and the photo of their card?').waitFor();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '张伟 was deleted.' }).waitFor();
  assert.equal(await storedNames(page).then((names) => names.includes('张伟')), false);

  await page.getByRole('button', { name: 'Undo' }).click();
  await heading(page).filter({ hasText: '张伟' }).waitFor();
  await page.reload();
  await heading(page).filter({ hasText: '张伟' }).waitFor();
  assert.ok((await storedNames(page)).includes('张伟'));

  await page.goto(app.url('/contact/no-such-person'));
  await heading(page).filter({ hasText: 'Contact not found' }).waitFor();
  await page.getByRole('link', { name: 'Back to Contacts' }).waitFor();
});

test('an event with a WeChat group code shows when the code expires', async () => {
  const { page } = app;
  await page.goto(app.url('/events'));
  await heading(page).filter({ hasText: 'Events' }).waitFor();
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('Name').fill('Demo day');
  await page.getByLabel('First day').fill('2026-05-20');
  await page.getByLabel('Place').fill('深圳会展中心');
  await page.getByRole('button', { name: 'Create event' }).click();
  const event = page.getByRole('article', { name: 'Demo day' });
  await event.waitFor();
  await event.getByText('深圳会展中心').waitFor();
  await event.getByText('May 20, 2026').waitFor();

  await event.getByLabel('Group link (the text the QR code holds)').fill('https://weixin.qq.com/g/AbCdEf');
  await event.getByLabel('Note (which group)').fill('Founders group');
  await event.getByRole('button', { name: 'Add group code' }).click();
  await event.getByText('Founders group').waitFor();
  await event.getByText(/Expires .* \(7 days left\)\./).waitFor();
  await event.getByText('WeChat group QR codes stop working 7 days after they are created').waitFor();

  const added = await page.evaluate(() => Date.now());
  const expiry = new Date(added + 7 * 86_400_000).toLocaleDateString('en', { dateStyle: 'medium' });
  await event.getByText(`Expires ${expiry}`, { exact: false }).waitFor();

  await page.reload();
  await page.getByRole('article', { name: 'Demo day' }).getByText('Founders group').waitFor();
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreignRequests, []);
});

async function tagId(page, name) {
  return page.evaluate(async (wanted) => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('mingpian');
      request.onsuccess = () => resolve(request.result);
    });
    const tags = await new Promise((resolve) => {
      const request = db.transaction('tags').objectStore('tags').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return tags.find((t) => t.name === wanted)?.id;
  }, name);
}

async function storedNames(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('mingpian');
      request.onsuccess = () => resolve(request.result);
    });
    const all = await new Promise((resolve) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return all.map((c) => c.alias || c.name?.formatted);
  });
}
