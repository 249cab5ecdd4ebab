// The officer's side, driven through the real forms: sign in, create
// consultations from templates, add a channel, launch, close, count responses.

import { ADMIN } from './server.mjs';
import { nextDocument } from './browser.mjs';

async function submitWith(page, locator) {
  const loaded = nextDocument(page);
  await locator.click();
  await loaded;
}

export async function signIn(page, base, password = ADMIN.password) {
  await page.goto(`${base}/admin/login`);
  await page.locator('#email').fill(ADMIN.email);
  await page.locator('#password').fill(password);
  await submitWith(page, page.locator('form.admin-form button[type=submit]'));
}

async function changeState(page, to) {
  await submitWith(page, page.locator(`form:has(input[name=to][value=${to}]) button[type=submit]`));
}

/**
 * Creates a consultation from `template` with `slug`; `state` is draft, open
 * or closed. Returns its admin id.
 */
export async function createConsultation(page, base, { template, slug, state = 'open', channel }) {
  await page.goto(`${base}/admin/consultations/new?template=${template}`);
  await page.locator('#slug').fill(slug);
  await submitWith(page, page.locator('form.admin-form button.primary[type=submit]'));
  const m = /\/admin\/consultations\/(\d+)$/.exec(new URL(page.url()).pathname);
  if (!m) throw new Error(`creating ${slug} did not lead to its page: ${page.url()}\n${(await page.locator('main').innerText()).slice(0, 500)}`);
  const id = m[1];
  if (channel) {
    await page.locator('#channel-name').fill(channel);
    await submitWith(page, page.locator('form[action$="/channels"] button[type=submit]'));
  }
  if (state !== 'draft') await changeState(page, 'open');
  if (state === 'closed') await changeState(page, 'closed');
  return id;
}

/** Responses of one audience, as the consultation's admin page counts them. */
export async function responseCount(page, base, id, audienceIndex = 0) {
  await page.goto(`${base}/admin/consultations/${id}`);
  const cell = page.locator('main table').first().locator('tbody tr').nth(audienceIndex).locator('td.num');
  return Number((await cell.innerText()).trim());
}
