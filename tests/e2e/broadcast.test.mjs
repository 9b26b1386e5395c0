// Reaching a tag set: choose two tags (all of them), check the exact
// recipients, write one message with {name}, walk the one-by-one queue
// (WeChat copy, email, SMS), close and reopen the app and resume where it
// stopped; then one Bcc email to everyone under a tag.
//
// sms:/mailto: links would leave the browser, so an init script records
// the link a click would open and cancels the navigation; the app's own
// click handling (marking the person sent) still runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from '../support/app.mjs';
import { requireDist } from '../support/dist.mjs';

const RECORD_EXTERNAL_LINKS = () => {
  window.__opened = [];
  window.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link && /^(sms|mailto|tel):/.test(link.getAttribute('href'))) {
      window.__opened.push(link.getAttribute('href'));
      event.preventDefault();
    }
  }, true);
};

let app;
let page;
before(async () => {
  app = await openApp(requireDist());
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
  await app.context.addInitScript(RECORD_EXTERNAL_LINKS);
  page = app.page;
  await page.goto(app.url('/settings'));
  await page.getByLabel('Choose a file to import').setInputFiles('tests/fixtures/e2e/audience.vcf');
  await page.getByText('Imported 6 contacts.').waitFor();
});
after(async () => {
  await app?.close();
});

const opened = () => page.evaluate(() => window.__opened.splice(0));
const recipients = (page) => page.getByRole('list', { name: 'Who gets it' }).getByRole('checkbox');
const recipientNames = async (page) => {
  const boxes = recipients(page);
  await boxes.first().waitFor();
  const names = [];
  for (const box of await boxes.all()) {
    names.push((await box.locator('xpath=..').innerText()).trim());
  }
  return names;
};

test('two tags, all of them: exactly the people under both; untick one; compose with {name}', async () => {
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  const filters = page.getByRole('group', { name: 'Filter by tags' });
  await filters.getByRole('button', { name: 'leads' }).click();
  await filters.getByRole('button', { name: 'New York' }).click();
  await page.getByRole('link', { name: 'Message these contacts' }).click();
  await page.waitForURL(/\/message\?/);
  await page.getByRole('heading', { name: 'New message', level: 1 }).waitFor();

  assert.deepEqual(await recipientNames(page), ['李娜', 'María García', 'Tom Baker', '张伟']);
  await page.getByRole('status').filter({ hasText: '4 of 4 recipients selected' }).waitFor();
  // Any of the two tags adds Zoe (leads only); back to all of them.
  await page.getByRole('radio', { name: 'Any of these tags' }).check();
  assert.deepEqual(await recipientNames(page), ['李娜', 'María García', 'Tom Baker', '张伟', 'Zoe Miller']);
  await page.getByRole('radio', { name: 'All of these tags' }).check();
  assert.deepEqual(await recipientNames(page), ['李娜', 'María García', 'Tom Baker', '张伟']);
  // Tom can only be reached by fax: the list says so, and we leave him out.
  const tom = page.getByRole('listitem').filter({ hasText: 'Tom Baker' });
  await tom.getByText('No phone, email or WeChat').waitFor();
  await page.getByRole('checkbox', { name: 'Tom Baker' }).uncheck();
  await page.getByRole('status').filter({ hasText: '3 of 4 recipients selected' }).waitFor();

  await page.getByLabel('Subject (for email, and to find this message later)').fill('Demo day');
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await message.fill('Hi ');
  await page.getByRole('group', { name: 'Insert a placeholder' }).getByRole('button', { name: '{name}' }).click();
  await page.keyboard.type(', see you at the demo day & bring 100% energy!');
  assert.equal(await message.inputValue(), 'Hi {name}, see you at the demo day & bring 100% energy!');

  await page.getByLabel('Preview for').selectOption({ label: '张伟' });
  await page.getByRole('region', { name: 'The message as they will get it' })
    .filter({ hasText: 'Hi 张伟, see you at the demo day & bring 100% energy!' }).waitFor();

  // The draft survives a reload before sending starts.
  await page.reload();
  assert.equal(await page.getByRole('textbox', { name: 'Message', exact: true }).inputValue(), 'Hi {name}, see you at the demo day & bring 100% energy!');
  await page.getByRole('checkbox', { name: 'Tom Baker' }).uncheck();
  await page.getByRole('status').filter({ hasText: '3 of 4 recipients selected' }).waitFor();

  await page.getByRole('button', { name: 'Start sending' }).click();
  await page.waitForURL(/\/broadcast\//);
  await page.getByRole('heading', { name: 'Demo day', level: 1 }).waitFor();
  await page.getByText('0 sent · 0 skipped · 3 to go').waitFor();
  await page.getByText('The message has placeholders, so everyone gets their own text').waitFor();
});

test('walk the queue: WeChat copy, email, then close, reopen and finish by SMS', async () => {
  // 1: 李娜 has only WeChat: the text is copied and her WeChat ID shown.
  await page.getByRole('heading', { name: '1 of 3: 李娜' }).waitFor();
  await page.getByRole('button', { name: 'Copy for WeChat' }).click();
  await page.getByText('Copied. In WeChat, open the chat with 李娜 (WeChat: lina_sz)').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Hi 李娜, see you at the demo day & bring 100% energy!');
  await page.getByRole('button', { name: 'Sent — next' }).click();

  // 2: María by email, the text encoded in the link.
  await page.getByRole('heading', { name: '2 of 3: María García' }).waitFor();
  await page.getByText('1 sent · 0 skipped · 2 to go').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Send SMS' }).count(), 0, 'María has no phone');
  await page.getByRole('link', { name: 'Send email' }).click();
  await page.getByRole('heading', { name: '3 of 3: 张伟' }).waitFor();
  assert.deepEqual(await opened(), [
    'mailto:maria@lumen.example?subject=Demo%20day&body=Hi%20Mar%C3%ADa%20Garc%C3%ADa%2C%20see%20you%20at%20the%20demo%20day%20%26%20bring%20100%25%20energy%21',
  ]);
  await page.getByText('2 sent · 0 skipped · 1 to go').waitFor();

  // Close the app and open it again: the broadcast resumes at 张伟.
  await page.close();
  page = await app.context.newPage();
  await page.goto(app.url('/'));
  await page.getByRole('link', { name: 'Messages', exact: true }).click();
  const row = page.getByRole('listitem').filter({ hasText: '2 of 3 sent' });
  await row.getByRole('link', { name: 'Demo day' }).click();
  await page.getByRole('heading', { name: '3 of 3: 张伟' }).waitFor();
  await page.getByText('2 sent · 0 skipped · 1 to go').waitFor();

  // 张伟 has a mobile and an email; this time, SMS.
  await page.getByRole('link', { name: 'Send SMS' }).click();
  await page.getByText('Done: everyone who can be reached has been sent the message or skipped.').waitFor();
  assert.deepEqual(await opened(), [
    'sms:+8613900002000?body=Hi%20%E5%BC%A0%E4%BC%9F%2C%20see%20you%20at%20the%20demo%20day%20%26%20bring%20100%25%20energy%21',
  ]);
  await page.getByText('3 sent · 0 skipped · 0 to go').waitFor();
  const everyone = page.getByRole('list', { name: 'Everyone' });
  await everyone.getByRole('listitem').filter({ hasText: '张伟' }).getByText(/^Sent .*\(SMS\)$/).waitFor();
  await everyone.getByRole('listitem').filter({ hasText: '李娜' }).getByText(/^Sent .*\(WeChat\)$/).waitFor();
  await everyone.getByRole('listitem').filter({ hasText: 'María García' }).getByText(/^Sent .*\(Email\)$/).waitFor();

  // Their page says they were messaged, and about what.
  await everyone.getByRole('link', { name: '张伟' }).click();
  await page.waitForURL(/\/contact\//);
  await page.getByRole('link', { name: /^Messaged on .* about “Demo day”$/ }).waitFor();
});

test('same text for everyone under a tag: one Bcc email draft', async () => {
  await page.goto(app.url('/message?tags='));
  await page.getByRole('heading', { name: 'New message', level: 1 }).waitFor();
  // Last broadcast's draft was cleared when sending started.
  assert.equal(await page.getByRole('textbox', { name: 'Message', exact: true }).inputValue(), '');
  await page.getByRole('group', { name: 'Filter by tags' }).getByRole('button', { name: 'press' }).click();
  assert.deepEqual(await recipientNames(page), ['Anna Schmidt', '李娜', 'María García']);
  await page.getByLabel('Subject (for email, and to find this message later)').fill('Press kit');
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill('The press kit is ready.\nBest, Li');
  await page.getByRole('button', { name: 'Start sending' }).click();
  await page.getByRole('heading', { name: 'Press kit', level: 1 }).waitFor();

  await page.getByRole('link', { name: 'Open email draft 1 of 1 (2 people)' }).click();
  await page.getByText('2 sent · 0 skipped · 1 to go').waitFor();
  assert.deepEqual(await opened(), [
    'mailto:?bcc=anna@nordwind.example,maria@lumen.example&subject=Press%20kit&body=The%20press%20kit%20is%20ready.%0D%0ABest%2C%20Li',
  ]);
  // Only 李娜 (WeChat) is left, one by one; skipping her finishes it.
  await page.getByRole('heading', { name: '2 of 3: 李娜' }).waitFor();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByText('2 sent · 1 skipped · 0 to go').waitFor();
  // A mistake can be undone: mark Anna as not sent, and she is next again.
  await page.getByRole('button', { name: 'Mark Anna Schmidt as not sent' }).click();
  await page.getByRole('heading', { name: '1 of 3: Anna Schmidt' }).waitFor();

  await page.getByRole('link', { name: 'All messages' }).click();
  const rows = page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
  assert.deepEqual(await rows.getByRole('link').allTextContents(), ['Press kit', 'Demo day']);
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.errors, []);
});
