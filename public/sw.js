// Mingpian's service worker: keeps every file of the build so the app opens
// in airplane mode, and hands over to a new version only when the page asks.
//
// tools/postbuild.mjs replaces the two placeholders below at build time with
// the build's file list and a hash of their contents: any change to the app
// changes this file's bytes, which is how the browser notices a new version.
'use strict';

const VERSION = '%BUILD_VERSION%';
const PRECACHE = %PRECACHE_FILES%;

const CACHE_PREFIX = 'mingpian-precache-';
const CACHE_NAME = CACHE_PREFIX + VERSION;
const scopeUrl = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  // No skipWaiting here: an updated worker waits until the user presses Reload.
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      // `cache: 'reload'` bypasses the HTTP cache so a stale file never gets pinned.
      cache.addAll(PRECACHE.map((path) => new Request(scopeUrl(path), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      );
      // The first install takes the open page at once, so it works offline
      // without a second visit.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Every in-app address (deep links, reloads) is the same single page.
    event.respondWith(
      caches.open(CACHE_NAME).then(async (cache) =>
        (await cache.match(scopeUrl('index.html'))) || fetch(request),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE_NAME).then(async (cache) =>
      (await cache.match(request, { ignoreSearch: true })) || fetch(request),
    ),
  );
});
