// childvoice in a real browser: accessibility (axe-core, WCAG 2.2 AA) and
// what axe cannot see (sideways scrolling, text size, tap targets, focus,
// keyboard only, no JavaScript, right-to-left), screenshots and page weight.
//
//   tests/browser/run.sh        (or: cd tests/browser && npm test)

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { startServer, REPO, OUT, NETWORK } from './lib/server.mjs';
import {
  launch, newContext, axe, formatViolations, sidewaysScroll, smallText, smallTargets,
  focusState, tabTo, nextDocument, rawMessageIds, coveredPictures, PHONE, DESKTOP, CSS_FROM_SOURCE,
} from './lib/browser.mjs';
import { walk, questionIds, SURVEYS, AUDIENCES, LANGS } from './lib/walk.mjs';
import { measure, BUDGET, kb } from './lib/weight.mjs';
import { signIn, createConsultation, responseCount, becomeLead, makeCodes, publish, makeToken, uploadAreas, joinNetwork, copyTemplate } from './lib/admin.mjs';

const DOCS_SHOTS = join(REPO, 'docs', 'screenshots');
const REVIEW_SHOTS = join(OUT, 'screens');
const VIEWPORTS = { phone: PHONE, desktop: DESKTOP };

let server;
let browser;
const stats = { pages: 0, violations: 0, largest: null, weights: 0 };
/** Consultations made through the admin forms in `before`. */
const made = { error: null };

before(async () => {
  server = await startServer();
  browser = await launch();
  await rm(REVIEW_SHOTS, { recursive: true, force: true });
  await mkdir(REVIEW_SHOTS, { recursive: true });

  const served = await fetch(`${server.base}/`).then((r) => r.text())
    .then((html) => /href="(\/assets\/app-[0-9a-f]+\.css)"/.exec(html)[1])
    .then((href) => fetch(server.base + href)).then((r) => r.text());
  const source = await readFile(join(REPO, 'src', 'views', 'app.css'), 'utf8');
  if (served !== source) {
    console.log(CSS_FROM_SOURCE
      ? '# note: serving src/views/app.css in place of the stylesheet compiled into the binary (CHILDVOICE_CSS_FROM_SOURCE=1)'
      : '# note: the binary was built from an older src/views/app.css; rebuild it to test the stylesheet on disk');
  }

  const context = await newContext(browser, { viewport: DESKTOP });
  try {
    const page = await context.newPage();
    await signIn(page, server.base);
    if (!new URL(page.url()).pathname.startsWith('/admin') || new URL(page.url()).pathname === '/admin/login') {
      throw new Error(`sign-in failed: ${page.url()}`);
    }
    made.closed = { slug: 'closed-play', id: await createConsultation(page, server.base, { template: 'play', slug: 'closed-play', state: 'closed', channel: 'Riverside library poster' }) };
    made.open = { slug: 'kbd-journeys', id: await createConsultation(page, server.base, { template: 'journeys', slug: 'kbd-journeys', state: 'open', channel: 'Year 2 class' }) };
    made.draft = { slug: 'draft-play', id: await createConsultation(page, server.base, { template: 'play', slug: 'draft-play', state: 'draft' }) };
    made.code = { slug: 'code-journeys', id: await createConsultation(page, server.base, { template: 'journeys', slug: 'code-journeys', state: 'open', channel: 'Class 4B', requiresCode: true }) };
    Object.assign(made.code, await makeCodes(page, server.base, made.code.id, 8));
    await becomeLead(page, server.base);
    // Results worth reading: a consultation with k = 3, answered, closed and published.
    made.areas = await uploadAreas(page, server.base, join(REPO, 'surveys', 'demo-town.geojson'), 'brookfield');
    made.results = { slug: 'res-journeys', id: await createConsultation(page, server.base, { template: 'journeys', slug: 'res-journeys', state: 'open', channel: 'Town hall poster', k: 3, areaSet: made.areas }) };
    for (const [audience, lang] of [['parent', 'en'], ['parent', 'fr'], ['parent', 'ar'], ['age-9-12', 'en'], ['age-9-12', 'es'], ['age-9-12', 'en'], ['age-5-8', 'en'], ['age-5-8', 'ar'], ['age-5-8', 'fr']]) {
      const respondent = await newContext(browser, { viewport: PHONE });
      try {
        await walk(await respondent.newPage(), { base: server.base, slug: made.results.slug, audience, lang });
      } finally {
        await respondent.close();
      }
    }
    await publish(page, server.base, made.results.id, 'We heard you: crossings are the first thing we will build.');
    await makeToken(page, server.base, 'Open data portal');
    made.template = await copyTemplate(page, server.base, 'play');
    // The network: it invites the test city, which shares the published consultation.
    const networkContext = await newContext(browser, { viewport: DESKTOP });
    try {
      const networkPage = await networkContext.newPage();
      await signIn(networkPage, server.base, NETWORK.password, NETWORK.email);
      await joinNetwork(networkPage, page, server.base, made.results.id);
      made.networkState = await networkContext.storageState();
    } finally {
      await networkContext.close();
    }
    made.storageState = await context.storageState();
    // A teenager's answer with words a safeguarding lead must read: fills the
    // safeguarding queue and shows the "you are not alone" box on the thanks page.
    const child = await newContext(browser, { viewport: PHONE });
    try {
      await walk(await child.newPage(), { base: server.base, slug: made.open.slug, audience: 'age-13-17', lang: 'en', text: 'My brother hits me when we walk home.' });
    } finally {
      await child.close();
    }
  } catch (e) {
    made.error = e;
    console.log(`# admin set-up failed: ${e.message}`);
  } finally {
    await context.close();
  }
});

after(async () => {
  await writeFile(join(OUT, 'summary.txt'), `${summaryLine()}\n`).catch(() => {});
  await browser?.close();
  await server?.stop();
});

function summaryLine() {
  const largest = stats.largest ? `${kb(stats.largest.total)} (${stats.largest.label})` : 'not measured';
  return `summary: ${stats.pages} pages checked, ${stats.violations} axe violations, largest compressed page ${largest}`;
}

function needAdmin() {
  if (made.error) throw new Error(`the admin set-up failed, so this test cannot run: ${made.error.message}`);
}

const shotName = (s) => s.replace(/[^a-z0-9.-]+/gi, '-');

/**
 * Collects problems per check over many pages; `report(t)` turns each check
 * into a subtest so a failure says which check and which pages.
 */
class Audit {
  constructor() {
    this.checks = { axe: [], direction: [], sideways: [], text: [], ids: [], covered: [] };
    this.pages = 0;
  }

  async page(page, label, { lang, text = true, shot } = {}) {
    this.pages++;
    stats.pages++;
    const violations = await axe(page);
    stats.violations += violations.length;
    if (violations.length) this.checks.axe.push(`${label} (${page.url()})\n${formatViolations(violations)}`);
    if (lang) {
      const { l, d } = await page.evaluate(() => ({ l: document.documentElement.lang, d: document.documentElement.dir }));
      const want = lang === 'ar' ? 'rtl' : 'ltr';
      if (l !== lang || d !== want) this.checks.direction.push(`${label}: <html lang="${l}" dir="${d}">, expected lang="${lang}" dir="${want}"`);
    }
    const wide = await sidewaysScroll(page);
    if (wide) this.checks.sideways.push(`${label}: scrollWidth ${wide.scrollWidth} > clientWidth ${wide.clientWidth}; ${wide.elements.join(', ')}`);
    if (text) {
      const small = await smallText(page);
      if (small.length) this.checks.text.push(`${label}: ${small.join('; ')}`);
    }
    const covered = await coveredPictures(page);
    if (covered.length) this.checks.covered.push(`${label}: ${covered.join('; ')}`);
    const ids = await rawMessageIds(page, [...SURVEYS, ...Object.values(made).map((m) => m?.slug).filter(Boolean)]);
    if (ids.length) this.checks.ids.push(`${label}: ${ids.join(', ')}`);
    if (shot) await page.screenshot({ path: join(REVIEW_SHOTS, `${shotName(shot)}.png`), fullPage: true });
  }

  async report(t, { text = true } = {}) {
    const list = (k) => this.checks[k].join('\n');
    await t.test(`axe-core WCAG 2.2 AA: no violations on ${this.pages} pages`, () => {
      assert.equal(this.checks.axe.length, 0, `axe violations:\n${list('axe')}`);
    });
    await t.test('<html lang dir> follows the language', () => {
      assert.equal(this.checks.direction.length, 0, list('direction'));
    });
    await t.test('nothing scrolls sideways', () => {
      assert.equal(this.checks.sideways.length, 0, list('sideways'));
    });
    if (text) {
      await t.test('all text is at least 16 px', () => {
        assert.equal(this.checks.text.length, 0, list('text'));
      });
    }
    await t.test('no picture or smiley is covered (by a listen button, say)', () => {
      assert.equal(this.checks.covered.length, 0, list('covered'));
    });
    await t.test('no message id shown untranslated', () => {
      assert.equal(this.checks.ids.length, 0, `Fluent ids shown as text (missing translations):\n${list('ids')}`);
    });
  }
}

describe('respondent pages: axe-core WCAG 2.2 AA, lang/dir, no sideways scroll, text ≥ 16 px', () => {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const lang of LANGS) {
      test(`home, landings, results, not found, closed (${lang}, ${vpName} ${viewport.width}×${viewport.height})`, async (t) => {
        const audit = new Audit();
        const context = await newContext(browser, { viewport });
        try {
          const page = await context.newPage();
          const visit = async (path, label, expectStatus = 200) => {
            const res = await page.goto(server.base + path);
            assert.equal(res.status(), expectStatus, `${path} answered ${res.status()}`);
            await audit.page(page, `${label} ${lang} ${vpName}`, { lang, shot: `${vpName}-${lang}-${label}` });
          };
          await visit(`/?lang=${lang}`, 'home');
          for (const slug of SURVEYS) {
            await visit(`/s/${slug}?lang=${lang}`, `${slug}-landing`);
            await visit(`/s/${slug}/results?lang=${lang}`, `${slug}-results`);
            await visit(`/s/${slug}/thanks?lang=${lang}`, `${slug}-thanks-no-audience`);
            await visit(`/s/${slug}/thanks?a=age-13-17&care=1&lang=${lang}`, `${slug}-thanks-care`);
          }
          await visit(`/s/nope?lang=${lang}`, 'not-found', 404);
          await visit(`/s/play/age-99?lang=${lang}`, 'unknown-audience', 404);
          needAdmin();
          await visit(`/s/${made.closed.slug}?lang=${lang}`, 'closed-landing');
          await visit(`/s/${made.closed.slug}/age-5-8?lang=${lang}`, 'closed-assent');
          await visit(`/s/${made.closed.slug}/results?lang=${lang}`, 'closed-results');
          await visit(`/s/${made.results.slug}/results?lang=${lang}`, 'published-results');
          await visit(`/s/${made.results.slug}/results?lang=${lang}&a=age-5-8`, 'published-results-young');
          // A consultation that asks for a one-use class code: the code field, then a wrong code.
          await visit(`/s/${made.code.slug}/age-9-12?lang=${lang}`, 'code-assent');
          await page.locator('#access_code').fill('WRONG-0000');
          const loaded = nextDocument(page);
          await page.locator('button[name=nav][value=start]').click();
          await loaded;
          assert.equal(await page.locator('#code-error').count(), 1, 'a wrong class code shows no error');
          await audit.page(page, `code-assent-wrong-code ${lang} ${vpName}`, { lang, shot: `${vpName}-${lang}-code-assent-wrong-code` });
          // Each code admits one respondent: every run of this test spends a fresh one.
          const code = made.code.codes.shift();
          assert.ok(code, 'no class code left');
          await page.locator('#access_code').fill(code);
          const started = nextDocument(page);
          await page.locator('button[name=nav][value=start]').click();
          await started;
          assert.equal(await page.locator('form.questions').count(), 1, `a good class code did not open the form (${page.url()})`);
        } finally {
          await context.close();
        }
        await audit.report(t);
      });
    }
  }

  for (const lang of LANGS) {
    test(`kiosk mode (shared tablet), ${lang} phone: the journeys age-5-8 journey and a thanks page with help`, async (t) => {
      const audit = new Audit();
      const context = await newContext(browser, { viewport: PHONE });
      try {
        const page = await context.newPage();
        await walk(page, { base: server.base, slug: 'journeys', audience: 'age-5-8', lang, kiosk: true }, async (s) => {
          await audit.page(page, `kiosk journeys age-5-8 ${lang} ${s.name}`, { lang, shot: `phone-${lang}-kiosk-journeys-age-5-8-${s.name}` });
        });
        assert.match(page.url(), /kiosk=1/, 'the kiosk flag was lost on the way to the thanks page');
        await page.goto(`${server.base}/s/journeys/thanks?a=age-9-12&care=1&kiosk=1&lang=${lang}`);
        await audit.page(page, `kiosk journeys thanks with care ${lang}`, { lang, shot: `phone-${lang}-kiosk-journeys-thanks-care` });
      } finally {
        await context.close();
      }
      await audit.report(t);
    });
  }

  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    // Every language on a phone, where text is most likely to overflow; on a
    // desktop, one language of each direction is enough.
    const langs = vpName === 'phone' ? LANGS : LANGS.filter((l) => l === 'en' || l === 'ar');
    for (const slug of SURVEYS) {
      for (const audience of AUDIENCES) {
        for (const lang of langs) {
          test(`${slug} ${audience} ${lang} ${vpName}: assent, every question screen, an error screen, thanks`, async (t) => {
            const audit = new Audit();
            const context = await newContext(browser, { viewport });
            let seen;
            try {
              const page = await context.newPage();
              seen = await walk(page, { base: server.base, slug, audience, lang, errors: true }, async (s) => {
                if (s.kind === 'landing') return; // checked once per language above
                await audit.page(page, `${slug} ${audience} ${lang} ${vpName} ${s.name}`, {
                  lang,
                  shot: `${vpName}-${lang}-${slug}-${audience}-${s.name}`,
                });
              });
            } finally {
              await context.close();
            }
            t.diagnostic(`questions: ${seen.join(', ')}`);
            await audit.report(t);
          });
        }
      }
    }
  }
});

test('admin pages (en): axe-core WCAG 2.2 AA, no sideways scroll, text ≥ 16 px', async (t) => {
  needAdmin();
  const audit = new Audit();
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    const anon = await newContext(browser, { viewport });
    try {
      const page = await anon.newPage();
      await page.goto(`${server.base}/admin/login?lang=en`);
      await audit.page(page, `admin login ${vpName}`, { lang: 'en', shot: `${vpName}-admin-login` });
      await signIn(page, server.base, 'not the password');
      await audit.page(page, `admin login (wrong password) ${vpName}`, { lang: 'en', shot: `${vpName}-admin-login-error` });
      await page.goto(`${server.base}/admin/forgot`);
      await audit.page(page, `admin forgot ${vpName}`, { lang: 'en', shot: `${vpName}-admin-forgot` });
    } finally {
      await anon.close();
    }
    const signed = await newContext(browser, { viewport, storageState: made.storageState });
    try {
      const page = await signed.newPage();
      const pages = [
        ['/admin', 'list'],
        ['/admin/consultations/new', 'templates'],
        ['/admin/consultations/new?template=play', 'new-from-template'],
        [`/admin/consultations/${made.draft.id}`, 'draft'],
        [`/admin/consultations/${made.open.id}`, 'open'],
        [`/admin/consultations/${made.closed.id}`, 'closed'],
        [`/admin/consultations/${made.draft.id}/edit`, 'edit-draft'],
        [`/admin/consultations/${made.open.id}/edit`, 'edit-open'],
        ['/admin/people', 'people'],
        ['/admin/audit', 'audit'],
        ['/admin/safeguarding', 'safeguarding'],
        [`/admin/consultations/${made.code.id}`, 'with-class-codes'],
        [made.code.cards, 'class-code-cards'],
        [`/admin/consultations/${made.results.id}/results`, 'results'],
        [`/admin/consultations/${made.results.id}/results?audience=parent`, 'results-parents'],
        [`/admin/consultations/${made.results.id}/results?audience=age-13-17`, 'results-too-few'],
        [`/admin/consultations/${made.results.id}/texts`, 'free-texts'],
        [`/admin/consultations/${made.results.id}/publication`, 'publication'],
        ['/admin/api', 'api-tokens'],
        ['/admin/areas', 'areas'],
        ['/admin/templates', 'templates'],
        [`${made.template}/texts`, 'template-texts'],
        [`${made.template}/texts?language=ar`, 'template-texts-ar'],
        [`${made.template}/questions`, 'template-questions'],
        [`${made.template}/diff`, 'template-diff'],
        [`${made.template}/settings`, 'template-settings'],
        [`/admin/areas/${made.areas}`, 'area-set'],
      ];
      for (const [path, label] of pages) {
        const res = await page.goto(server.base + path);
        assert.equal(res.status(), 200, `${path} answered ${res.status()}`);
        assert.ok(!page.url().includes('/admin/login'), `${path} sent us to the sign-in page`);
        await audit.page(page, `admin ${label} ${vpName}`, { lang: 'en', shot: `${vpName}-admin-${label}` });
      }
    } finally {
      await signed.close();
    }
  }
  await audit.report(t);
});

test('network pages (en, ar): axe-core WCAG 2.2 AA, no sideways scroll, text ≥ 16 px', async (t) => {
  needAdmin();
  const audit = new Audit();
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const [who, storageState, pages] of [
      ['network', made.networkState, [
        [`/admin/networks/${NETWORK.slug}`, 'network-dashboard'],
        [`/admin/networks/${NETWORK.slug}?indicator=cfc.safe-journey&audience=parent`, 'network-safe-journey-parents'],
        [`/admin/networks/${NETWORK.slug}?indicator=cfc.independent-mobility&audience=age-9-12`, 'network-mobility-9-12'],
        [`/admin/networks/${NETWORK.slug}/library`, 'network-library-staff'],
        ['/admin/networks', 'network-index-staff'],
      ]],
      ['member', made.storageState, [
        ['/admin/networks', 'network-index-member'],
        [`/admin/networks/${NETWORK.slug}/library`, 'network-library-member'],
        [`/admin/consultations/${made.results.id}`, 'shared-consultation'],
        // The template editor's preview, as children see it.
        [`${made.template}/preview?audience=age-5-8&language=ar`, 'template-preview-5-8-ar'],
        [`${made.template}/preview?audience=parent&language=en&page=2`, 'template-preview-parent'],
      ]],
      ['public', undefined, [
        [`/networks/${NETWORK.slug}?lang=en`, 'network-public-en'],
        [`/networks/${NETWORK.slug}?lang=ar`, 'network-public-ar'],
      ]],
    ]) {
      const context = await newContext(browser, { viewport, storageState });
      try {
        const page = await context.newPage();
        for (const [path, label] of pages) {
          const res = await page.goto(server.base + path);
          assert.equal(res.status(), 200, `${path} answered ${res.status()} to ${who}`);
          assert.ok(!page.url().includes('/admin/login'), `${path} sent ${who} to the sign-in page`);
          const lang = /(lang|language)=ar/.test(path) ? 'ar' : 'en';
          await audit.page(page, `${label} ${vpName}`, { lang, shot: `${vpName}-${label}` });
        }
      } finally {
        await context.close();
      }
    }
  }
  await audit.report(t);
});

test('age-5-8: every answer option and smiley is a tap target of at least 48×48 px; buttons and links too', async () => {
  const problems = [];
  let options = 0;
  let listen = 0;
  for (const slug of SURVEYS) {
    for (const lang of LANGS) {
      const context = await newContext(browser, { viewport: PHONE });
      try {
        const page = await context.newPage();
        await walk(page, { base: server.base, slug, audience: 'age-5-8', lang }, async (s) => {
          const label = `${slug} ${lang} ${s.name}`;
          if (s.kind === 'question') {
            const r = await smallTargets(page, '.option label, .point label');
            options += r.count;
            const choices = await page.locator('form.questions input[type=radio], form.questions input[type=checkbox]').count();
            if (choices && r.count < choices) problems.push(`${label}: ${choices} choices but ${r.count} answer tiles`);
            problems.push(...r.small.map((x) => `${label}: ${x}`));
          }
          // Buttons and stand-alone links a child has to hit (Next, Back, Start, No thanks, Stop, audiences).
          const r = await smallTargets(page, 'button, .nav a, .stop a, a.audience, a.big, .languages a');
          problems.push(...r.small.map((x) => `${label}: ${x}`));
          if (s.kind === 'question') listen += await page.locator('button.listen').count();
        });
      } finally {
        await context.close();
      }
    }
  }
  assert.ok(options > 40, `only ${options} answer options measured`);
  assert.ok(listen > 40, `only ${listen} read-aloud buttons measured`);
  assert.equal(problems.length, 0, `targets under 48×48 px:\n${problems.join('\n')}`);
});

test('focus is always visible when tabbing through every kind of page', async () => {
  const problems = [];
  let focused = 0;
  const tabThrough = async (page, label) => {
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    let first = null;
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await focusState(page);
      if (!f) break; // left the page
      if (f.name === first) break;
      first ??= f.name;
      focused++;
      if (!f.visible) problems.push(`${label}: ${f.name}: ${f.onScreen ? 'no visible focus indicator' : 'off screen'} (${f.style})`);
    }
  };
  for (const lang of LANGS) {
    const context = await newContext(browser, { viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${server.base}/?lang=${lang}`);
      await tabThrough(page, `home ${lang}`);
      for (const [slug, audience] of [['play', 'age-5-8'], ['journeys', 'age-5-8'], ['journeys', 'age-9-12'], ['play', 'age-13-17'], ['journeys', 'parent']]) {
        await walk(page, { base: server.base, slug, audience, lang }, async (s) => {
          if (s.kind === 'landing' && audience !== 'age-5-8') return;
          await tabThrough(page, `${slug} ${audience} ${lang} ${s.name}`);
        });
      }
      await page.goto(`${server.base}/s/nope?lang=${lang}`);
      await tabThrough(page, `not found ${lang}`);
      await page.goto(`${server.base}/s/play/results?lang=${lang}`);
      await tabThrough(page, `results ${lang}`);
    } finally {
      await context.close();
    }
  }
  const admin = await newContext(browser, { viewport: DESKTOP, storageState: made.storageState });
  try {
    const page = await admin.newPage();
    for (const path of ['/admin', '/admin/consultations/new?template=journeys', ...(made.open ? [`/admin/consultations/${made.open.id}`] : [])]) {
      await page.goto(server.base + path);
      await tabThrough(page, `admin ${path}`);
    }
  } finally {
    await admin.close();
  }
  assert.ok(focused > 100, `only ${focused} focus stops seen`);
  assert.equal(problems.length, 0, `focus not visible:\n${problems.join('\n')}`);
});

test('the template editor: a question added and its words written with the keyboard alone', async () => {
  needAdmin();
  const context = await newContext(browser, { viewport: DESKTOP, storageState: made.storageState });
  try {
    const page = await context.newPage();
    await page.goto(`${server.base}${made.template}/questions`);
    // The new question's form is last: Tab to its id, type, and on through the form.
    await tabTo(page, '#new-id', 600);
    await page.keyboard.type('bus-stop');
    await tabTo(page, '#new-options', 10);
    await page.keyboard.type('near');
    await page.keyboard.press('Enter');
    await page.keyboard.type('far');
    // Not for ages 5-8 (they already see six questions): Space unticks it.
    await tabTo(page, '#new-aud-age-5-8', 10);
    await page.keyboard.press('Space');
    await tabTo(page, 'form:has(#new-id) button[type=submit]', 40);
    let loaded = nextDocument(page);
    await page.keyboard.press('Enter');
    await loaded;
    assert.match(page.url(), /\/questions/, page.url());
    assert.equal(await page.locator('li#q-bus-stop').count(), 1, 'the question was added');
    // Its words, on the words page.
    const words = new URL(page.url()).pathname.replace('/questions', '/texts');
    await page.goto(server.base + words);
    await tabTo(page, 'textarea[name="t:q-bus-stop"]', 900);
    await page.keyboard.type('Is there a bus stop near your home?');
    await tabTo(page, 'textarea[name="t:q-bus-stop-near"]', 10);
    await page.keyboard.type('Near');
    await tabTo(page, 'textarea[name="t:q-bus-stop-far"]', 10);
    await page.keyboard.type('Far');
    await tabTo(page, 'form.editor button[type=submit]', 900);
    loaded = nextDocument(page);
    await page.keyboard.press('Enter');
    await loaded;
    const textarea = page.locator('textarea[name="t:q-bus-stop"]');
    assert.equal(await textarea.inputValue(), 'Is there a bus stop near your home?', 'saved as a new version');
  } finally {
    await context.close();
  }
});

test('age-5-8: the whole journey works with the keyboard alone (Tab, Space, Enter)', async (t) => {
  needAdmin();
  const admin = await newContext(browser, { viewport: DESKTOP, storageState: made.storageState });
  const context = await newContext(browser, { viewport: PHONE });
  try {
    const adminPage = await admin.newPage();
    const before = await responseCount(adminPage, server.base, made.open.id);
    const page = await context.newPage();
    await page.goto(`${server.base}/s/${made.open.slug}?lang=en`);
    const press = async (key) => {
      const loaded = nextDocument(page);
      await page.keyboard.press(key);
      await loaded;
    };
    await tabTo(page, 'a.audience[href*="/age-5-8?"]');
    await press('Enter');
    assert.match(page.url(), /\/age-5-8\?/);
    await tabTo(page, 'button[name=nav][value=start]');
    await press('Enter');
    const answered = [];
    for (let screen = 1; !page.url().includes('/thanks'); screen++) {
      assert.ok(screen <= 10, 'more than 10 screens');
      const ids = await questionIds(page);
      assert.ok(ids.length, `screen ${screen} shows no question`);
      for (const id of ids) {
        await tabTo(page, `[name="q.${id}"]`);
        await page.keyboard.press('Space');
        const checked = await page.evaluate(() => ({ checked: document.activeElement.checked, value: document.activeElement.value }));
        assert.ok(checked.checked, `Space did not choose an answer to ${id}`);
        answered.push(`${id}=${checked.value}`);
      }
      await tabTo(page, 'button[name=nav][value=next], button[name=nav][value=submit]');
      await press('Enter');
    }
    t.diagnostic(`answered with the keyboard: ${answered.join(', ')}`);
    assert.ok(answered.some((a) => a.startsWith('unsafe-things=')), 'the conditional question (unsafe-things) was not shown');
    const after = await responseCount(adminPage, server.base, made.open.id);
    assert.equal(after, before + 1, 'the response was not stored');
  } finally {
    await context.close();
    await admin.close();
  }
});

test('age-5-8: the whole journey works with JavaScript disabled', async (t) => {
  needAdmin();
  const admin = await newContext(browser, { viewport: DESKTOP, storageState: made.storageState });
  const context = await newContext(browser, { viewport: PHONE, javaScriptEnabled: false });
  try {
    const adminPage = await admin.newPage();
    const before = await responseCount(adminPage, server.base, made.open.id);
    const page = await context.newPage();
    const screens = [];
    const seen = await walk(page, { base: server.base, slug: made.open.slug, audience: 'age-5-8', lang: 'ar' }, async (s) => {
      screens.push(s.kind);
      assert.equal(await page.locator('button.listen').count(), 0, `${s.name}: a script ran although JavaScript is off`);
    });
    t.diagnostic(`screens without JavaScript: ${screens.join(', ')}; questions: ${seen.join(', ')}`);
    assert.ok(page.url().includes('/thanks'), `ended on ${page.url()}`);
    assert.ok(seen.includes('unsafe-things'), 'the conditional question (unsafe-things) was not shown');
    const after = await responseCount(adminPage, server.base, made.open.id);
    assert.equal(after, before + 1, 'the response was not stored');
  } finally {
    await context.close();
    await admin.close();
  }
});

test('right-to-left: Arabic puts the sad smiley on the right and Next left of Back; English the reverse', async () => {
  const results = [];
  for (const lang of LANGS) {
    for (const audience of ['age-5-8', 'age-9-12']) {
      const context = await newContext(browser, { viewport: PHONE });
      try {
        const page = await context.newPage();
        let scale = null;
        let nav = null;
        await walk(page, { base: server.base, slug: 'play', audience, lang }, async (s) => {
          if (s.kind !== 'question') return;
          const dir = await page.evaluate(() => document.documentElement.dir);
          assert.equal(dir, lang === 'ar' ? 'rtl' : 'ltr', `${s.name}: dir=${dir}`);
          if (!scale && (await page.locator('.scale').count())) {
            const points = page.locator('.scale').first().locator('.point label');
            const n = await points.count();
            const first = await points.first().boundingBox();
            const last = await points.nth(n - 1).boundingBox();
            const firstValue = await page.locator('.scale').first().locator('.point input').first().getAttribute('value');
            scale = { n, firstValue, first: first.x + first.width / 2, last: last.x + last.width / 2, screen: s.name };
          }
          if (!nav && (await page.locator('button[name=nav][value=back]').count())) {
            const next = await page.locator('button[name=nav][value=next], button[name=nav][value=submit]').first().boundingBox();
            const back = await page.locator('button[name=nav][value=back]').boundingBox();
            nav = { next: next.x + next.width / 2, back: back.x + back.width / 2, screen: s.name };
          }
        });
        results.push({ lang, audience, scale, nav });
      } finally {
        await context.close();
      }
    }
  }
  for (const { lang, audience, scale, nav } of results) {
    const where = `${lang} ${audience}`;
    assert.ok(scale, `${where}: no scale question found`);
    assert.equal(scale.firstValue, '1', `${where}: the first smiley is not value 1`);
    assert.equal(scale.n, audience === 'age-5-8' ? 3 : 5, `${where}: ${scale.n} smileys`);
    assert.ok(nav, `${where}: no screen with both Next and Back`);
    if (lang === 'ar') {
      assert.ok(scale.first > scale.last, `${where} ${scale.screen}: smiley 1 (x=${scale.first}) should be right of smiley ${scale.n} (x=${scale.last})`);
      assert.ok(nav.next < nav.back, `${where} ${nav.screen}: Next (x=${nav.next}) should be left of Back (x=${nav.back})`);
    } else {
      assert.ok(scale.first < scale.last, `${where} ${scale.screen}: smiley 1 (x=${scale.first}) should be left of smiley ${scale.n} (x=${scale.last})`);
      assert.ok(nav.next > nav.back, `${where} ${nav.screen}: Next (x=${nav.next}) should be right of Back (x=${nav.back})`);
    }
  }
});

test('read-aloud: age-5-8 listen buttons are labelled and speak the words in the page language', async () => {
  for (const lang of LANGS) {
    const context = await newContext(browser, { viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${server.base}/s/play/age-5-8?lang=${lang}`);
      const started = nextDocument(page);
      await page.locator('button[name=nav][value=start]').click();
      await started;
      const buttons = page.locator('button.listen');
      const n = await buttons.count();
      const options = await page.locator('.option').count();
      assert.equal(n, options + 1, `${lang}: ${n} listen buttons for 1 question and ${options} options`);
      for (let i = 0; i < n; i++) {
        const name = await buttons.nth(i).getAttribute('aria-label');
        assert.ok(name && name.length > 3, `${lang}: listen button ${i} has no name`);
      }
      const question = (await page.locator('legend [data-say]').first().innerText()).trim();
      await buttons.first().focus();
      await page.keyboard.press('Enter');
      const spoken = await page.evaluate(() => window.__spoken);
      assert.equal(spoken.length, 1, `${lang}: pressing Enter on the first listen button said nothing`);
      assert.equal(spoken[0].text, question);
      assert.equal(spoken[0].lang.split('-')[0], lang.split('-')[0], `${lang}: spoken in ${spoken[0].lang}`);
    } finally {
      await context.close();
    }
  }
});

test('screenshots: the age-5-8 journey (journeys) in English, Arabic, Chinese and Russian at 360×640 into docs/screenshots/', async (t) => {
  await mkdir(DOCS_SHOTS, { recursive: true });
  for (const f of await readdir(DOCS_SHOTS)) if (/^(en|ar|zh-Hans|ru)-age-5-8-.*\.png$/.test(f)) await rm(join(DOCS_SHOTS, f));
  const written = [];
  for (const lang of LANGS) {
    const context = await newContext(browser, { viewport: PHONE });
    try {
      const page = await context.newPage();
      await walk(page, { base: server.base, slug: 'journeys', audience: 'age-5-8', lang }, async (s) => {
        const file = `${lang}-age-5-8-${s.name}.png`;
        await page.screenshot({ path: join(DOCS_SHOTS, file), fullPage: true });
        written.push(file);
      });
    } finally {
      await context.close();
    }
  }
  t.diagnostic(`wrote ${written.length} files to docs/screenshots/`);
  assert.ok(written.length >= 12, `only ${written.length} screenshots`);
});

test(`page weight: every respondent page (HTML + CSS + other files) under ${BUDGET / 1024} KB compressed`, async (t) => {
  const rows = new Map();
  const record = (label, m) => {
    if (!m || rows.has(label)) return;
    rows.set(label, { label, ...m });
  };
  for (const lang of LANGS) {
    for (const path of ['/', ...SURVEYS.flatMap((s) => [`/s/${s}`, `/s/${s}/results`]), '/s/nope',
      ...(made.closed ? [`/s/${made.closed.slug}`, `/s/${made.closed.slug}/age-5-8`, `/s/${made.code.slug}/age-9-12`] : [])]) {
      record(`${lang} ${path}`, await measure({ url: `${server.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}` }));
    }
  }
  for (const slug of SURVEYS) {
    for (const audience of AUDIENCES) {
      for (const lang of LANGS) {
        const context = await newContext(browser, { viewport: PHONE });
        try {
          const page = await context.newPage();
          let pending = null;
          page.on('request', (req) => {
            if (!req.isNavigationRequest() || req.frame() !== page.mainFrame()) return;
            const body = req.postData() ?? undefined;
            if (req.method() === 'POST' && /(^|&)nav=submit(&|$)/.test(body || '')) { pending = null; return; }
            pending = measure({ url: req.url(), method: req.method(), body, contentType: req.headers()['content-type'] });
          });
          await walk(page, { base: server.base, slug, audience, lang }, async (s) => {
            if (s.kind === 'landing') return;
            const m = await pending;
            pending = null;
            if (m) {
              assert.equal(m.status, 200, `${slug} ${audience} ${lang} ${s.name}: replay answered ${m.status}`);
              record(`${lang} ${slug} ${audience} ${s.name}`, m);
            }
          });
        } finally {
          await context.close();
        }
      }
    }
  }
  const all = [...rows.values()];
  assert.ok(all.length > 100, `only ${all.length} pages measured`);
  for (const r of all) {
    console.log(`weight ${kb(r.total).padStart(8)}  html ${kb(r.html).padStart(7)} ${r.encoding.padEnd(4)}  ${r.assets.map((a) => `${a.url.replace(/^https?:\/\/[^/]+/, '')} ${kb(a.bytes)}`).join(', ')}  ${r.label}`);
  }
  const largest = all.reduce((a, b) => (b.total > a.total ? b : a));
  stats.largest = largest;
  stats.weights = all.length;
  t.diagnostic(`${all.length} pages measured; largest ${kb(largest.total)}: ${largest.label}`);
  const over = all.filter((r) => r.total >= BUDGET);
  assert.equal(over.length, 0, `pages of ${BUDGET / 1024} KB or more:\n${over.map((r) => `${kb(r.total)} ${r.label}`).join('\n')}`);
  assert.ok(all.every((r) => r.encoding !== 'identity'), 'some pages are sent uncompressed');
});

test('summary', (t) => {
  t.diagnostic(summaryLine());
  assert.equal(stats.violations, 0, `${stats.violations} axe violations`);
});
