// The app shell as a user meets it: navigation by link name, deep links,
// languages, and nothing loaded from another origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, heading } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

const ROUTES = [
  { link: 'Contacts', path: '/' },
  { link: 'Scan', path: '/scan' },
  { link: 'My card', path: '/card' },
  { link: 'Settings', path: '/settings' },
];

let app;
before(async () => {
  app = await openApp(requireDist());
});
after(async () => {
  await app?.close();
});

test('each navigation link opens its own route', async () => {
  const { page } = app;
  await page.goto(app.url('/'));
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.waitFor();
  for (const { link, path } of [...ROUTES.slice(1), ROUTES[0]]) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await page.waitForURL(app.url(path));
    assert.equal(await heading(page).textContent(), link);
    assert.equal(
      await nav.getByRole('link', { name: link, exact: true }).getAttribute('aria-current'),
      'page',
      `${link} is not marked as the current page`,
    );
  }
});

test('back button and reload keep the route', async () => {
  const { page } = app;
  await page.goto(app.url('/'));
  await page.getByRole('link', { name: 'Scan', exact: true }).click();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.waitForURL(app.url('/settings'));
  await page.goBack();
  await page.waitForURL(app.url('/scan'));
  await heading(page).filter({ hasText: 'Scan' }).waitFor();
  await page.reload();
  await heading(page).filter({ hasText: 'Scan' }).waitFor();
});

test('deep links render their page', async () => {
  const { page } = app;
  for (const { link, path } of ROUTES) {
    await page.goto(app.url(path));
    await heading(page).filter({ hasText: link }).waitFor();
  }
  await page.goto(app.url('/no/such/page'));
  await heading(page).filter({ hasText: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to Contacts' }).click();
  await heading(page).filter({ hasText: 'Contacts' }).waitFor();
});

test('Settings switches the interface to Chinese and remembers it', async () => {
  const { page } = app;
  await page.goto(app.url('/settings'));
  await page.getByRole('radio', { name: '简体中文' }).check();
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['联系人', '扫一扫', '我的名片', '设置']) {
    await nav.getByRole('link', { name, exact: true }).waitFor();
  }
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await page.reload();
  await heading(page).filter({ hasText: '设置' }).waitFor();
  await page.getByRole('radio', { name: 'Same as this device' }).or(page.getByRole('radio', { name: '跟随系统' })).check();
  await heading(page).filter({ hasText: 'Settings' }).waitFor();
});

test('a Chinese device gets the Chinese interface', async () => {
  const chinese = await openApp(requireDist(), { locale: 'zh-CN' });
  try {
    const { page } = chinese;
    await page.goto(chinese.url('/'));
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '扫一扫' }).waitFor();
    assert.equal(await page.title(), '名片');
    assert.deepEqual(chinese.errors, []);
  } finally {
    await chinese.close();
  }
});

test('the page loads nothing from another origin and logs no error', async () => {
  const { page } = app;
  await page.goto(app.url('/'));
  await heading(page).waitFor();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /%INLINE_SCRIPT_HASHES%|unsafe-inline|https?:/, 'CSP was not finalised at build time');
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors, []);
});
