// Load benchmark: what the first visit downloads (gzip) and how fast the app
// renders and becomes interactive, cold (empty cache, no service worker) and
// warm (served by the service worker), in headless Chromium on loopback.
// Prints numbers; it is not a test and does not fail on a slow machine.
//
// Baseline, measured in the same run: a static page with one heading, so a
// number can be read against what this browser and machine need for nothing.
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch } from '../support/browser.mjs';
import { serve } from '../support/static-server.mjs';
import { requireDist } from '../support/dist.mjs';
import { waitForServiceWorker } from '../support/app.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const dist = requireDist();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

// 1. What the first load needs: index.html and everything it references.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = new Set(['index.html']);
for (const [, url] of html.matchAll(/(?:src|href)="([^"#]+)"/g)) {
  if (!/^[a-z]+:/i.test(url) && url !== '/') referenced.add(url.replace(/^\//, ''));
}
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
const sizes = [...referenced].map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const totalGzip = sizes.reduce((sum, s) => sum + s.gzip, 0);

// 2. Load timings.
const baselineDir = mkdtempSync(join(tmpdir(), 'mingpian-baseline-'));
writeFileSync(join(baselineDir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head>' +
  '<body><h1>Baseline</h1><script>performance.mark("mingpian:interactive")</script></body></html>');

const app = await serve(dist);
const baseline = await serve(baselineDir);
const browser = await launch();

async function timings(page) {
  await page.waitForFunction(() => performance.getEntriesByName('mingpian:interactive').length > 0
    && performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 30_000 });
  // First render: the first contentful paint. Interactive: the app has
  // mounted with its handlers attached *and* is on screen (mounting finishes
  // before the browser paints, and nobody taps what is not yet shown).
  return page.evaluate(() => {
    const render = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    const mounted = performance.getEntriesByName('mingpian:interactive')[0].startTime;
    return { render, interactive: Math.max(render, mounted) };
  });
}

async function cold(url) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    samples.push(await timings(page));
    await context.close();
  }
  return samples;
}

async function warm(url, { serviceWorker }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  if (serviceWorker) await waitForServiceWorker(page);
  await timings(page);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    samples.push(await timings(page));
  }
  const controlled = await page.evaluate(() => navigator.serviceWorker?.controller !== null);
  await context.close();
  if (serviceWorker && !controlled) throw new Error('warm loads were not served by the service worker');
  return samples;
}

const results = {
  cold: await cold(app.url + '/'),
  warm: await warm(app.url + '/', { serviceWorker: true }),
  baselineCold: await cold(baseline.url + '/'),
  baselineWarm: await warm(baseline.url + '/', { serviceWorker: false }),
};
await browser.close();
await app.close();
await baseline.close();
rmSync(baselineDir, { recursive: true, force: true });

const m = (samples, key) => median(samples.map((s) => s[key]));
const ms = (value) => `${value.toFixed(0)} ms`;
const ratio = (value, base) => `${(value / base).toFixed(1)}×`;

console.log(`## First-load size (gzip -9), goal ≤ 350 KB in total\n`);
console.log('| file | raw KB | gzip KB |');
console.log('|---|---:|---:|');
for (const s of sizes) console.log(`| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
console.log(`| **total** | ${kb(sizes.reduce((a, s) => a + s.raw, 0))} | **${kb(totalGzip)}** |`);
console.log(`\n(${manifest.icons.length} manifest icons load only at install; not counted.)\n`);

console.log(`## Load time, median of ${RUNS} (goal: cold ≤ 1000 ms, warm ≤ 300 ms to interactive)\n`);
console.log('| load | first render | interactive | baseline page interactive | ratio |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, samples, base] of [
  ['cold (no cache, no service worker)', results.cold, results.baselineCold],
  ['warm (service worker)', results.warm, results.baselineWarm],
]) {
  const interactive = m(samples, 'interactive');
  const baseInteractive = m(base, 'interactive');
  console.log(`| ${name} | ${ms(m(samples, 'render'))} | ${ms(interactive)} | ${ms(baseInteractive)} | ${ratio(interactive, baseInteractive)} |`);
}
const verdict = (ok) => (ok ? 'meets goal' : 'MISSES goal');
console.log(`\nsize ${kb(totalGzip)} KB: ${verdict(totalGzip <= 350 * 1024)}; ` +
  `cold ${ms(m(results.cold, 'interactive'))}: ${verdict(m(results.cold, 'interactive') <= 1000)}; ` +
  `warm ${ms(m(results.warm, 'interactive'))}: ${verdict(m(results.warm, 'interactive') <= 300)}`);
