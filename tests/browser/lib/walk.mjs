// Clicks through a consultation like a respondent: landing, "who are you?",
// assent, every question screen, thanks. Answers are chosen so that every
// conditional question (show_if) is shown.

import { nextDocument } from './browser.mjs';

export const SURVEYS = ['play', 'journeys'];
export const AUDIENCES = ['age-5-8', 'age-9-12', 'age-13-17', 'parent'];
export const LANGS = ['en', 'ar', 'zh-Hans', 'ru'];

/** Answers that open the conditional questions of the demo templates. */
const PREFERRED = {
  'plays-outside': 'some-days', // -> what-stops
  'journey-feeling': '1', // -> unsafe-things
  'allowed-alone': 'no', // -> alone-why-not
  'unsafe-anywhere': 'yes', // -> unsafe-area
};

/** The question ids on the current screen, in order. */
export async function questionIds(page) {
  const names = [];
  for (const el of await page.locator('form.questions :is(input:not([type=hidden]), select, textarea)').all()) {
    const name = await el.getAttribute('name');
    if (!name?.startsWith('q.') && !name?.startsWith('map.')) continue;
    const id = name.startsWith('map.') ? name.slice(4) : name.slice(2).split('.')[0];
    if (!names.includes(id)) names.push(id);
  }
  return names;
}

const q = (s) => s.replace(/"/g, '\\"');

/**
 * Taps a map (an image button) as a finger would, at the middle of the
 * drawing: the page comes back with the area chosen or the place marked.
 */
async function tapMap(page, id) {
  const map = page.locator(`input[type=image][name="map.${q(id)}"]`);
  const box = await map.boundingBox();
  const loaded = nextDocument(page);
  await map.click({ position: { x: Math.round(box.width / 2), y: Math.round(box.height / 2) } });
  await loaded;
  const chosen = page.locator(`input[name="q.${q(id)}"]:checked`);
  if (!(await chosen.count())) throw new Error(`tapping the map of ${id} chose nothing (${page.url()})`);
}

async function answer(page, id, text) {
  const name = `q.${id}`;
  if (await page.locator(`input[type=image][name="map.${q(id)}"]`).count()) {
    await tapMap(page, id);
    return;
  }
  const radios = page.locator(`input[type=radio][name="${q(name)}"]`);
  const checks = page.locator(`input[type=checkbox][name="${q(name)}"]`);
  if (await radios.count()) {
    const values = [];
    for (const r of await radios.all()) values.push(await r.getAttribute('value'));
    const value = values.includes(PREFERRED[id]) ? PREFERRED[id] : values[0];
    await page.locator(`label[for="${q(`${name}-${value}`)}"]`).click();
  } else if (await checks.count()) {
    const first = checks.first();
    if (!(await first.isChecked())) await page.locator(`label[for="${q(await first.getAttribute('id'))}"]`).click();
  } else if (await page.locator(`textarea[name="${q(name)}"]`).count()) {
    await page.locator(`textarea[name="${q(name)}"]`).fill(text);
  } else if (await page.locator(`input[type=number][name="${q(name)}"]`).count()) {
    await page.locator(`input[type=number][name="${q(name)}"]`).fill('15');
  } else {
    const selects = page.locator(`select[name^="${q(name)}."]`);
    const n = await selects.count();
    for (let i = 0; i < Math.min(n, 2); i++) await selects.nth(i).selectOption(String(i + 1));
  }
}

/** Ticks every box of the first checkbox group; returns its question id, or null. */
async function tickAll(page, ids) {
  for (const id of ids) {
    const boxes = page.locator(`input[type=checkbox][name="q.${q(id)}"]`);
    const n = await boxes.count();
    if (n < 2) continue;
    for (let i = 0; i < n; i++) {
      if (!(await boxes.nth(i).isChecked())) await page.locator(`label[for="${q(await boxes.nth(i).getAttribute('id'))}"]`).click();
    }
    return id;
  }
  return null;
}

async function untickAllButFirst(page, id) {
  const boxes = page.locator(`input[type=checkbox][name="q.${q(id)}"]`);
  const n = await boxes.count();
  for (let i = 1; i < n; i++) {
    if (await boxes.nth(i).isChecked()) await page.locator(`label[for="${q(await boxes.nth(i).getAttribute('id'))}"]`).click();
  }
}

async function submit(page, value) {
  const loaded = nextDocument(page);
  await page.locator(`button[name=nav][value=${value}]`).click();
  await loaded;
}

/**
 * Walks one audience of one consultation. `onScreen(info)` is awaited on
 * every screen, with info.kind one of landing, assent, question, error, thanks
 * and info.name a short file-friendly label ("03-feel-safe").
 * With `errors: true` it also ticks too many boxes once, to show an error screen.
 * `text` is what it writes in free-text questions; `kiosk` starts from a shared tablet's link.
 */
export async function walk(page, { base, slug, audience, lang, errors = false, kiosk = false, text = 'More trees and a safe crossing near the school.' }, onScreen = async () => {}) {
  await page.goto(`${base}/s/${slug}?lang=${lang}${kiosk ? '&kiosk=1' : ''}`);
  await onScreen({ kind: 'landing', name: '01-landing', index: 1 });
  const toAssent = nextDocument(page);
  await page.locator(`a.audience[href^="/s/${slug}/${audience}?"]`).click();
  await toAssent;
  await onScreen({ kind: 'assent', name: '02-assent', index: 2 });
  await submit(page, 'start');

  const seen = [];
  let screen = 0;
  let errorShown = !errors;
  for (;;) {
    if (page.url().includes('/thanks')) break;
    if (++screen > 20) throw new Error('more than 20 screens: the walk is stuck');
    const ids = await questionIds(page);
    if (!ids.length) throw new Error(`screen ${screen} has no question (${page.url()})`);
    seen.push(...ids);
    const name = `${String(screen + 2).padStart(2, '0')}-${ids.length === 1 ? ids[0] : `page-${screen}`}`;
    await onScreen({ kind: 'question', name, index: screen + 2, ids });
    for (const id of ids) await answer(page, id, text);
    const hasNext = (await page.locator('button[name=nav][value=next]').count()) > 0;
    if (!errorShown) {
      const ticked = await tickAll(page, ids);
      if (ticked) {
        const before = page.url();
        await submit(page, hasNext ? 'next' : 'submit');
        if (await page.locator('.has-error').count()) {
          errorShown = true;
          await onScreen({ kind: 'error', name: `${name}-error`, index: screen + 2, ids });
          await untickAllButFirst(page, ticked);
          await submit(page, hasNext ? 'next' : 'submit');
        } else if (page.url() === before && !(await page.locator('.has-error').count())) {
          // no limit on that group: we are on the next screen already
        }
        continue;
      }
    }
    await submit(page, hasNext ? 'next' : 'submit');
  }
  await onScreen({ kind: 'thanks', name: `${String(screen + 3).padStart(2, '0')}-thanks`, index: screen + 3 });
  return seen;
}
