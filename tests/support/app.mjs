// One browser, one loopback server and one context per test file, with the
// checks every end-to-end test wants: no request leaves the machine and the
// page logs no error (a CSP violation is a console error).
import { launchProfile, isLocal } from './browser.mjs';
import { serve } from './static-server.mjs';

export async function openApp(root, { locale = 'en-US', launchArgs = [], contextOptions = {} } = {}) {
  const server = await serve(root);
  const browser = await launchProfile({ locale, ...contextOptions }, launchArgs);
  const { context } = browser;
  const foreignRequests = [];
  const errors = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) foreignRequests.push(request.url());
  });
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
  };
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  context.on('page', watch);
  return {
    server,
    context,
    page,
    foreignRequests,
    errors,
    url: (path = '/') => server.url + path,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until a service worker controls the page and has finished caching. */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  }, null, { timeout: 30_000 });
}

export const heading = (page) => page.getByRole('heading', { level: 1 });
