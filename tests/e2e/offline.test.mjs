// Installable and offline: the service worker takes control, every route
// opens in airplane mode, and Chromium finds nothing missing to install.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, heading, waitForServiceWorker } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

let app;
before(async () => {
  app = await openApp(requireDist());
});
after(async () => {
  await app?.close();
});

test('the service worker takes control on the first visit', async () => {
  const { page } = app;
  await page.goto(app.url('/'));
  await heading(page).waitFor();
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('mingpian-precache-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const required of ['/index.html', '/manifest.webmanifest', '/icons/icon-192.png']) {
    assert.ok(cached.includes(required), `${required} is not precached: ${cached.join(', ')}`);
  }
  assert.ok(cached.some((p) => p.endsWith('.wasm')), 'the wasm module is not precached');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByText('Installed for offline use').waitFor();
});

test('offline, a reload and every route still render', async () => {
  const { page, context } = app;
  await page.goto(app.url('/'));
  await waitForServiceWorker(page);
  await context.setOffline(true);
  try {
    await page.reload();
    await heading(page).filter({ hasText: 'Contacts' }).waitFor();
    for (const [path, name] of [
      ['/scan', 'Scan'], ['/card', 'My card'], ['/settings', 'Settings'], ['/tags', 'Tags'], ['/events', 'Events'],
      ['/broadcasts', 'Messages'], ['/message?tags=', 'New message'], ['/', 'Contacts'],
    ]) {
      await page.goto(app.url(path));
      await heading(page).filter({ hasText: name }).waitFor();
    }
    // In-app navigation offline too.
    await page.getByRole('link', { name: 'Scan', exact: true }).click();
    await heading(page).filter({ hasText: 'Scan' }).waitFor();
  } finally {
    await context.setOffline(false);
  }
});

test('Chromium reports no installability errors', async () => {
  const { page, context } = app;
  await page.goto(app.url('/'));
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.display, 'standalone');
  const purposes = parsed.icons.map((icon) => `${icon.sizes}:${icon.purpose}`);
  for (const expected of ['192x192:any', '512x512:any', '512x512:maskable']) {
    assert.ok(purposes.includes(expected), `manifest lacks icon ${expected}`);
  }
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const response = await page.request.get(app.url('/' + touchIcon));
  assert.equal(response.status(), 200);
});

test('no request left the machine', () => {
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
});
