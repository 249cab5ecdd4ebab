// The officer's side, driven through the real forms: sign in, create
// consultations from templates, add a channel, launch, close, count responses.

import { ADMIN, NETWORK } from './server.mjs';
import { nextDocument } from './browser.mjs';

async function submitWith(page, locator) {
  const loaded = nextDocument(page);
  await locator.click();
  await loaded;
}

export async function signIn(page, base, password = ADMIN.password, email = ADMIN.email) {
  await page.goto(`${base}/admin/login`);
  await page.locator('#email').fill(email);
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
export async function createConsultation(page, base, { template, slug, state = 'open', channel, requiresCode = false, k, areaSet }) {
  await page.goto(`${base}/admin/consultations/new?template=${template}`);
  await page.locator('#slug').fill(slug);
  if (areaSet) await page.locator('#area_set').selectOption(String(areaSet));
  if (k) await page.locator('#k').fill(String(k));
  if (requiresCode) await page.locator('input[name=requires_code]').check();
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

/** Uploads a GeoJSON file as an area set through /admin/areas; returns its id. */
export async function uploadAreas(page, base, file, slug) {
  await page.goto(`${base}/admin/areas`);
  await page.locator('#file').setInputFiles(file);
  await page.locator('#slug').fill(slug);
  await submitWith(page, page.locator('form[action="/admin/areas"] button[type=submit]'));
  const m = /\/admin\/areas\/(\d+)$/.exec(new URL(page.url()).pathname);
  if (!m) throw new Error(`uploading ${file} did not lead to its page: ${page.url()}`);
  return m[1];
}

/** Responses of one audience, as the consultation's admin page counts them. */
export async function responseCount(page, base, id, audienceIndex = 0) {
  await page.goto(`${base}/admin/consultations/${id}`);
  const cell = page.locator('main table').first().locator('tbody tr').nth(audienceIndex).locator('td.num');
  return Number((await cell.innerText()).trim());
}

/** Makes the signed-in owner the organisation's safeguarding lead. */
export async function becomeLead(page, base) {
  await page.goto(`${base}/admin/people`);
  const button = page.locator('form[action$="/lead"]:has(input[name=lead][value=yes]) button[type=submit]').first();
  if (await button.count()) await submitWith(page, button);
}

/**
 * Generates one-use class codes for the first channel of a consultation that
 * requires them; returns the address of the printable cards and the codes.
 */
export async function makeCodes(page, base, id, count = 3) {
  await page.goto(`${base}/admin/consultations/${id}`);
  const form = page.locator('form[action$="/codes"]').first();
  await form.locator('input[name=count]').fill(String(count));
  await submitWith(page, form.locator('button[type=submit]'));
  await page.goto(`${base}/admin/consultations/${id}`);
  const cards = new URL(await page.locator('a[href$="/codes"]').first().getAttribute('href'), base).pathname;
  await page.goto(base + cards);
  const codes = (await page.locator('.card-code').allInnerTexts()).map((c) => c.trim());
  return { cards, codes };
}

/** Closes a consultation, writes its statement and an update, and publishes its results. */
export async function publish(page, base, id, statement) {
  await page.goto(`${base}/admin/consultations/${id}`);
  await changeState(page, 'closed');
  await page.goto(`${base}/admin/consultations/${id}/publication`);
  await page.locator('#statement-en').fill(statement);
  await page.locator('#expected').fill('2027-03-01');
  await submitWith(page, page.locator('form[action$="/publication"] button[type=submit]'));
  await page.locator('#happened').fill('2027-05-12');
  await page.locator('#update-en').fill('We built the crossing by the school.');
  await submitWith(page, page.locator('form[action$="/updates"] button[type=submit]'));
  await changeState(page, 'published');
}

/** Makes an API token; the page that shows it once. */
export async function makeToken(page, base, name) {
  await page.goto(`${base}/admin/api`);
  await page.locator('#token-name').fill(name);
  await submitWith(page, page.locator('form[action="/admin/api"] button[type=submit]'));
}

/**
 * The network admin (`networkPage`, signed in) invites the test city; its
 * owner (`ownerPage`) accepts, shares consultation `id` with the network and
 * publishes its template to the network's library.
 */
export async function joinNetwork(networkPage, ownerPage, base, id) {
  await networkPage.goto(`${base}/admin/networks/${NETWORK.slug}`);
  await networkPage.locator('#member').fill(ADMIN.slug);
  await submitWith(networkPage, networkPage.locator(`form[action$="/members"] button[type=submit]`));
  await ownerPage.goto(`${base}/admin/networks`);
  await submitWith(ownerPage, ownerPage.locator(`form[action$="/accept"] button[type=submit]`));
  await ownerPage.goto(`${base}/admin/consultations/${id}`);
  await submitWith(ownerPage, ownerPage.locator(`form[action$="/networks"] button[type=submit]`));
  await ownerPage.goto(`${base}/admin/networks/${NETWORK.slug}/library`);
  await ownerPage.locator('#publish').selectOption(String(id));
  await submitWith(ownerPage, ownerPage.locator(`form[action$="/library"] button[type=submit]`));
}

/** Copies a shipped template into the organisation's library; the version's path (/admin/templates/N). */
export async function copyTemplate(page, base, id) {
  await page.goto(`${base}/admin/templates`);
  await page.locator('#from').selectOption(id);
  await submitWith(page, page.locator('form[action="/admin/templates/copy"] button[type=submit]'));
  return new URL(page.url()).pathname.replace(/\/texts$/, '');
}
