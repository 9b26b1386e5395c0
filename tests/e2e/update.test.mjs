// A new deployment is offered, not forced: the page shows "A new version is
// available — Reload" and switches only when the user presses Reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, heading, waitForServiceWorker } from '../support/app.mjs';
import { copyOfDist } from '../support/dist.mjs';

let app;
let root;
before(async () => {
  root = copyOfDist();
  app = await openApp(root);
});
after(async () => {
  await app?.close();
  rmSync(root, { recursive: true, force: true });
});

// Each worker version owns one cache; activating a version deletes the
// others, so the cache names tell which version has taken over.
const cacheVersions = (page) =>
  page.evaluate(async () => (await caches.keys()).map((name) => name.replace('mingpian-precache-', '')).sort());

test('a new service worker shows the reload prompt and waits for the user', async () => {
  const { page } = app;
  await page.goto(app.url('/settings'));
  await waitForServiceWorker(page);
  const prompt = page.getByText('A new version is available');
  assert.equal(await prompt.count(), 0, 'prompt shown before any update');

  // Deploy a "new version": same app, a different worker.
  const swPath = join(root, 'sw.js');
  const next = readFileSync(swPath, 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'");
  writeFileSync(swPath, next);
  await page.evaluate(() => { window.__stillTheSamePage = true; });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

  await prompt.waitFor({ timeout: 30_000 });
  const reload = page.getByRole('button', { name: 'Reload' });
  await reload.waitFor();
  // Nothing happens behind the user's back.
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__stillTheSamePage), true);
  const [current] = await cacheVersions(page);
  assert.deepEqual(await cacheVersions(page), [current, `${current}-next`], 'the new version took over by itself');

  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await heading(page).filter({ hasText: 'Settings' }).waitFor();
  assert.equal(await page.evaluate(() => window.__stillTheSamePage), undefined);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.deepEqual(await cacheVersions(page), [`${current}-next`]);
  assert.equal(await page.getByText('A new version is available').count(), 0);
});

test('"Not now" hides the prompt and keeps the page', async () => {
  const { page } = app;
  const swPath = join(root, 'sw.js');
  writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/-next'/, "-later'"));
  await page.evaluate(() => { window.__stillTheSamePage = true; });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.getByText('A new version is available').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Not now' }).click();
  assert.equal(await page.getByText('A new version is available').count(), 0);
  assert.equal(await page.evaluate(() => window.__stillTheSamePage), true);
  assert.deepEqual(app.foreignRequests, []);
});
