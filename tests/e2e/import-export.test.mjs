// The contact store through the UI: import a multi-card vCard in Settings
// and find the people in Contacts; export vCard, CSV and a backup; restore
// the backup into an empty app; reject a foreign file without changing
// anything.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openApp, heading } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

const FIXTURE = 'tests/fixtures/e2e/three-people.vcf';
const PEOPLE = ['Li Na', 'Maria García', '张伟'];

let app;
before(async () => {
  app = await openApp(requireDist());
});
after(async () => {
  await app?.close();
});

async function importFile(page, path) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Choose a file to import').setInputFiles(path);
}

async function contactNames(page) {
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  const list = page.getByRole('list', { name: 'All contacts' });
  await list.waitFor();
  return list.getByRole('listitem').locator('.contact-name').allTextContents();
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('a multi-card vCard imported in Settings shows up in Contacts', async () => {
  const { page } = app;
  await page.goto(app.url('/'));
  await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();
  await importFile(page, FIXTURE);
  await page.getByRole('status').filter({ hasText: 'Imported 3 contacts.' }).waitFor();

  assert.deepEqual((await contactNames(page)).sort(), [...PEOPLE].sort());
  await page.getByText('3 contacts').waitFor();
  await page.getByText('Head of Partnerships · Acme Robotics').waitFor();

  // Still there after a reload: it was stored, not just shown.
  await page.reload();
  assert.deepEqual((await contactNames(page)).sort(), [...PEOPLE].sort());
});

test('importing the same file again adds no duplicates', async () => {
  const { page } = app;
  await importFile(page, FIXTURE);
  await page.getByText('3 were already in your contacts and were skipped.').waitFor();
  assert.equal((await contactNames(page)).length, 3);
});

test('vCard and CSV exports hold every contact, or one tag', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const vcf = await download(page, 'Export as vCard');
  assert.match(vcf.name, /^mingpian-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
  assert.equal(vcf.text.match(/BEGIN:VCARD/g).length, 3);
  for (const name of PEOPLE) assert.ok(vcf.text.includes(`FN:${name}`), `vCard lacks ${name}`);
  assert.match(vcf.text, /CATEGORIES:WAIC 2026,leads/);

  await page.getByLabel('Contacts to export').selectOption({ label: 'leads' });
  const leads = await download(page, 'Export as vCard');
  assert.equal(leads.text.match(/BEGIN:VCARD/g).length, 1);
  assert.ok(leads.text.includes('FN:Li Na'));

  await page.getByLabel('Contacts to export').selectOption({ label: 'All contacts' });
  const csv = await download(page, 'Export for spreadsheets (CSV)');
  assert.equal(csv.text.charCodeAt(0), 0xfeff, 'CSV has no BOM for Excel');
  assert.equal(csv.text.trim().split(/\r?\n/).length, 4);
  assert.ok(csv.text.includes('张伟'));
});

test('a backup restores into an empty app, and a foreign file changes nothing', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const backup = await download(page, 'Back up everything');
  const parsed = JSON.parse(backup.text);
  assert.equal(parsed.format, 'mingpian-backup');
  assert.equal(parsed.contacts.length, 3);
  const dir = mkdtempSync(join(tmpdir(), 'mingpian-backup-'));
  const backupPath = join(dir, backup.name);
  writeFileSync(backupPath, backup.text);

  const fresh = await openApp(requireDist());
  try {
    const other = fresh.page;
    await other.goto(fresh.url('/settings'));
    await other.getByLabel('Choose a file to import').setInputFiles(backupPath);
    await other.getByText('Backup restored: 3 contacts added, 0 updated.').waitFor();
    assert.deepEqual((await contactNames(other)).sort(), [...PEOPLE].sort());

    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ format: 'someone-elses-app', contacts: [] }));
    await importFile(other, foreign);
    const alert = other.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Could not import this file: not a Mingpian backup.*Nothing was changed\./);
    assert.equal((await contactNames(other)).length, 3);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.close();
  }
});

test('Settings shows how storage stands', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { name: 'Storage' }).waitFor();
  await page.getByText(/^Using [\d.]+ [MG]B of [\d.]+ [MG]B\.$/).waitFor();
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors, []);
});
