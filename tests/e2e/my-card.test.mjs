// My card: fill in the card by label and watch its QR code appear; open
// show mode and read the code on screen back with the app's own decoder
// (the native `decode` example) to get exactly the vCard typed; find the
// cards kept after a reload; add a WeChat QR from a screenshot; save the
// code as PNG and SVG, share the .vcf, and check the print view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

const TARGET = resolve(process.env.CARGO_TARGET_DIR || 'target');
const DECODE = join(TARGET, 'release', 'examples', 'decode');
const WECHAT_LINK = 'https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc';

const MARIA = {
  'Given name': 'Maria',
  'Family name': 'García',
  'Job title': 'Head of Partnerships',
  'Company or organisation': 'Acme Robotics',
  'Phone 1': '+86 138 0013 8000',
  'Email 1': 'maria@acme.example',
  'A short line about you': 'Robots, tea; and open source.',
};
// What the code must hold: vCard 3.0, CRLF, commas and semicolons escaped.
const MARIA_VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:García;Maria;;;',
  'FN:Maria García',
  'ORG:Acme Robotics',
  'TITLE:Head of Partnerships',
  'TEL;TYPE=CELL:+86 138 0013 8000',
  'EMAIL;TYPE=INTERNET:maria@acme.example',
  'NOTE:Robots\\, tea\\; and open source.',
  'END:VCARD',
  '',
].join('\r\n');

const dir = mkdtempSync(join(tmpdir(), 'mingpian-my-card-'));
let app;

before(async () => {
  // The decoder the app uses, natively (honours CARGO_TARGET_DIR); cargo
  // only rebuilds when the decoder changed, else this takes a second.
  execFileSync('cargo', ['build', '--release', '--locked', '--example', 'decode'], { stdio: 'inherit' });
  app = await openApp(requireDist());
});
after(async () => {
  await app?.close();
});

/** Texts of every QR code in a PNG, read by `mingpian::decoder::decode`. */
function decodePng(bytes, name) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out = execFileSync(DECODE, [path], { encoding: 'utf8' });
  return JSON.parse(out.trim()).texts;
}

async function fill(page, fields) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the card typed in shows as a QR code, live, and show mode reads back as the same vCard', async () => {
  const { page } = app;
  await page.goto(app.url('/'));
  await page.getByRole('link', { name: 'My card', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My card' }).waitFor();
  await page.getByText('Fill in your name and a way to reach you to see your code.').waitFor();

  await page.getByLabel('Given name', { exact: true }).fill('Maria');
  // Live: the code is there as soon as there is something to encode.
  await page.getByRole('img', { name: 'QR code: contact card of Maria' }).waitFor();
  await fill(page, MARIA);
  const code = page.getByRole('img', { name: 'QR code: contact card of Maria García' });
  await code.waitFor();
  await page.getByText(/^QR version \d+, error correction [ML], \d+ bytes\.$/).waitFor();
  await page.getByText('Saved on this phone.').waitFor();

  const show = page.getByRole('button', { name: 'Show full screen' });
  await show.click();
  const dialog = page.getByRole('dialog', { name: 'Your card, full screen' });
  await dialog.waitFor();
  const close = dialog.getByRole('button', { name: 'Close' });
  assert.ok(await close.evaluate((el) => el === document.activeElement), 'focus moves into show mode');
  await dialog.getByText('Maria García', { exact: true }).waitFor();

  const shown = dialog.getByRole('img', { name: 'QR code: contact card of Maria García' });
  const box = await shown.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.height > viewport.height * 0.6, `code is large: ${box.height}px of ${viewport.height}px`);
  // Black on white, whatever the theme.
  const colours = await dialog.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);

  const texts = decodePng(await shown.screenshot(), 'show-mode.png');
  assert.deepEqual(texts, [MARIA_VCARD]);

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(await show.evaluate((el) => el === document.activeElement), 'focus returns to the Show button');

  // The Close button works too, and show mode looks the same in dark mode.
  await page.emulateMedia({ colorScheme: 'dark' });
  await show.click();
  const darkColours = await dialog.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  assert.deepEqual(darkColours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  await close.click();
  await dialog.waitFor({ state: 'detached' });
  await page.emulateMedia({ colorScheme: 'light' });
});

test('cards are kept across a reload, with one default', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'New card' }).click();
  const personal = page.getByRole('radio', { name: 'Personal' });
  assert.ok(await personal.isChecked());
  await fill(page, { 'Given name': '伟', 'Family name': '张', 'Phone 1': '13800138000' });
  await page.getByRole('img', { name: 'QR code: contact card of 张伟' }).waitFor();
  await page.getByRole('button', { name: 'Make this my default card' }).click();
  await page.getByText('This is your default card: it opens first.').waitFor();
  await page.getByText('Saved on this phone.').waitFor();

  await page.reload();
  // The default card opens first.
  await page.getByRole('img', { name: 'QR code: contact card of 张伟' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: /Personal/ }).isChecked());
  assert.equal(await page.getByLabel('Family name', { exact: true }).inputValue(), '张');
  const code = page.getByRole('img', { name: 'QR code: contact card of 张伟' });
  const texts = decodePng(await code.screenshot(), 'zhang.png');
  assert.equal(texts.length, 1);
  assert.match(texts[0], /\r\nN:张;伟;;;\r\nFN:张伟\r\nTEL;TYPE=CELL:13800138000\r\n/);

  await page.getByRole('radio', { name: /Work/ }).check();
  for (const [label, value] of Object.entries(MARIA)) {
    assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), value, label);
  }
  await page.getByRole('img', { name: 'QR code: contact card of Maria García' }).waitFor();
});

test('a WeChat QR screenshot is read, kept and drawn again beside the card', async () => {
  // A real screenshot of a WeChat code, made by another Mingpian: restore a
  // backup holding a card with that link, and photograph the code drawn.
  const backup = join(dir, 'wechat-backup.json');
  writeFileSync(backup, JSON.stringify({
    format: 'mingpian-backup', version: 1, exported: 0,
    contacts: [], tags: [], events: [], photos: [],
    settings: { my_cards: { cards: [{ id: 'seed', label: 'Seed', given_name: 'Li', wechat_link: WECHAT_LINK, is_default: true }] } },
  }));
  const other = await openApp(requireDist());
  let screenshot;
  try {
    await other.page.goto(other.url('/settings'));
    await other.page.getByLabel('Choose a file to import').setInputFiles(backup);
    await other.page.getByText('Backup restored: 0 contacts added, 0 updated.').waitFor();
    await other.page.getByRole('link', { name: 'My card', exact: true }).click();
    screenshot = join(dir, 'wechat-screenshot.png');
    await other.page.getByRole('img', { name: 'QR code: WeChat contact of Li' }).screenshot({ path: screenshot });
    assert.deepEqual(other.errors, []);
  } finally {
    await other.close();
  }

  const { page } = app;
  const pick = page.getByLabel('Choose a screenshot of your WeChat QR code');

  // A picture without a code, and a code that is not WeChat's, are refused clearly.
  const blank = join(dir, 'no-code.png');
  await page.getByRole('heading', { level: 1 }).screenshot({ path: blank });
  await pick.setInputFiles(blank);
  await page.getByRole('alert').filter({ hasText: 'No QR code was found in this picture.' }).waitFor();
  const notWechat = join(dir, 'not-wechat.png');
  await page.getByRole('img', { name: 'QR code: contact card of Maria García' }).screenshot({ path: notWechat });
  await pick.setInputFiles(notWechat);
  await page.getByRole('alert').filter({ hasText: /^This is not a WeChat contact code\. It says: BEGIN:VCARD/ }).waitFor();

  await pick.setInputFiles(screenshot);
  await page.getByRole('status').filter({ hasText: 'WeChat QR code added.' }).waitFor();
  const wechat = page.getByRole('img', { name: 'QR code: WeChat contact of Maria García' });
  await wechat.waitFor();
  assert.deepEqual(decodePng(await wechat.screenshot(), 'wechat-redrawn.png'), [WECHAT_LINK]);

  // Show mode carries both codes, each with its caption; and it is kept.
  await page.getByRole('button', { name: 'Show full screen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your card, full screen' });
  await dialog.getByText('Scan in WeChat').waitFor();
  await dialog.getByText('Scan with the camera to add me').waitFor();
  await page.keyboard.press('Escape');
  await page.getByText('Saved on this phone.').waitFor();
  await page.reload();
  await page.getByRole('radio', { name: /Work/ }).check();
  await page.getByRole('img', { name: 'QR code: WeChat contact of Maria García' }).waitFor();

  // The shared .vcf carries the WeChat link too (the card's own code leaves it to the WeChat code).
  const vcf = await download(page, 'Share card as a contact file (.vcf)');
  assert.ok(vcf.bytes.toString('utf8').includes(`item1.URL:${WECHAT_LINK}\r\nitem1.X-ABLabel:WeChat\r\n`));
});

test('the code saves as PNG and SVG, the card shares as .vcf, and prints as a business card', async () => {
  const { page } = app;
  const png = await download(page, 'Save code as PNG');
  assert.equal(png.name, 'Maria García-qr.png');
  assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.deepEqual(decodePng(png.bytes, 'saved.png'), [MARIA_VCARD]);

  const svg = await download(page, 'Save code as SVG');
  assert.equal(svg.name, 'Maria García-qr.svg');
  const svgText = svg.bytes.toString('utf8');
  assert.match(svgText, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
  assert.match(svgText, /shape-rendering="crispEdges"/);
  // The saved SVG draws the same code: render it in the page and read it back.
  // (A blank page of its own: the app's CSP is not the point here.)
  const viewer = await app.context.newPage();
  try {
    await viewer.setContent(`<img alt="saved" style="width:600px" src="data:image/svg+xml;base64,${svg.bytes.toString('base64')}">`);
    const rendered = await viewer.getByRole('img', { name: 'saved' }).screenshot();
    assert.deepEqual(decodePng(rendered, 'saved-svg.png'), [MARIA_VCARD]);
  } finally {
    await viewer.close();
  }

  // Desktop Chromium cannot share files, so the card is saved instead.
  const vcf = await download(page, 'Share card as a contact file (.vcf)');
  assert.equal(vcf.name, 'Maria García.vcf');
  const vcfText = vcf.bytes.toString('utf8');
  assert.ok(vcfText.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Maria;;;\r\nFN:Maria García\r\n'));

  // Print: only the 85 × 55 mm card, with its code.
  await page.getByRole('button', { name: 'Print business card' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), false);
  assert.equal(await page.getByRole('navigation').isVisible(), false);
  const printed = page.getByRole('img', { name: 'QR code: contact card of Maria García' });
  await printed.waitFor();
  const card = await page.getByText('Head of Partnerships', { exact: true }).evaluate((el) => {
    const box = el.closest('.my-card-print').getBoundingClientRect();
    return { width: box.width, height: box.height };
  });
  // 85 × 55 mm at CSS's 96 px per inch.
  assert.ok(Math.abs(card.width - (85 / 25.4) * 96) < 1, `width ${card.width}`);
  assert.ok(Math.abs(card.height - (55 / 25.4) * 96) < 1, `height ${card.height}`);
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors, []);
});
