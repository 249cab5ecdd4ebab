// Chromium (Debian's, never a downloaded one), axe-core and the checks that
// axe does not make: sideways scrolling, text size, tap targets, focus.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from './server.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const PHONE = { width: 360, height: 640 };
export const DESKTOP = { width: 1280, height: 800 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Playwright gives every launch a fresh, temporary user-data-dir.
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * CHILDVOICE_CSS_FROM_SOURCE=1 serves src/views/app.css in place of the
 * stylesheet compiled into the binary: for trying CSS changes without a
 * rebuild. A normal run leaves it unset and tests what the binary serves.
 */
export const CSS_FROM_SOURCE = process.env.CHILDVOICE_CSS_FROM_SOURCE === '1';

/**
 * Headless Chromium on a server has no speech voices, so the read-aloud
 * script would add no button. Every test context gets a stand-in
 * speechSynthesis with a voice per shipped language; what it is asked to
 * say is kept in window.__spoken.
 */
function fakeVoices() {
  const voices = ['en-GB', 'ar-SA', 'fr-FR', 'es-ES', 'zh-CN', 'ru-RU', 'pt-BR'].map((lang) => ({ lang, name: `test ${lang}`, voiceURI: `test-${lang}`, localService: true, default: false }));
  window.__spoken = [];
  function Utterance(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; }
  const synth = {
    speaking: false, pending: false, paused: false, onvoiceschanged: null,
    getVoices: () => voices,
    speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }),
    cancel() {}, pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
}

export async function newContext(browser, { viewport = PHONE, javaScriptEnabled = true, storageState, voices = true } = {}) {
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled,
    locale: 'en-GB',
    reducedMotion: 'reduce',
    // The service sends a strict Content-Security-Policy; axe-core is injected as an inline script.
    bypassCSP: true,
    storageState,
  });
  context.setDefaultTimeout(15_000);
  if (javaScriptEnabled && voices) await context.addInitScript(fakeVoices);
  if (CSS_FROM_SOURCE) {
    const css = await readFile(join(REPO, 'src', 'views', 'app.css'));
    await context.route(/\/assets\/app-[0-9a-f]+\.css$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: css }));
  }
  return context;
}

/** Runs axe-core (WCAG 2.2 AA tags) on the page; returns the violations. */
export async function axe(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160), summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

export function formatViolations(violations) {
  return violations
    .map((v) => `  [${v.id}] ${v.help} (${v.impact})\n${v.nodes.map((n) => `      ${n.target}  ${n.html}\n        ${(n.summary || '').replace(/\n/g, '\n        ')}`).join('\n')}`)
    .join('\n');
}

/** Elements that make the page wider than the viewport (empty when nothing scrolls sideways). */
export function sidewaysScroll(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > root.clientWidth + 1 || r.left < -1) && !el.matches('.skip')) {
        wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : ''} (${Math.round(r.left)}..${Math.round(r.right)})`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, elements: wide.slice(0, 8) };
  });
}

/** Visible text whose computed size is below `min` CSS pixels. */
export function smallText(page, min = 16) {
  return page.evaluate((min) => {
    const bad = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const el = n.parentElement;
      if (!el || el.closest('.skip')) continue; // shown only on focus, checked by the focus test
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const size = parseFloat(cs.fontSize);
      if (size < min) {
        const key = `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? '.' + el.className.trim().replace(/\s+/g, '.') : ''}`;
        if (!bad.has(key)) bad.set(key, `${key} ${size.toFixed(1)}px "${n.textContent.trim().slice(0, 40)}"`);
      }
    }
    return [...bad.values()];
  }, min);
}

/** Answer tiles and smileys (their labels) smaller than min×min CSS pixels. */
export function smallTargets(page, selector = '.option label, .point label', min = 48) {
  return page.evaluate(({ selector, min }) => {
    const out = [];
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width < min || r.height < min) {
        const what = `${el.tagName.toLowerCase()}${el.closest('.option,.point,.nav,.stop') ? ` in .${el.closest('.option,.point,.nav,.stop').classList[0]}` : ''}`;
        out.push(`${what} "${(el.textContent.trim() || el.getAttribute('aria-label') || '').slice(0, 30)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      }
    }
    return { count: document.querySelectorAll(selector).length, small: out };
  }, { selector, min });
}

/**
 * Describes the element that has focus and whether its focus indicator is
 * visible: an outline of 2px or more, or an outer box-shadow, on the element
 * or, for a visually hidden radio/checkbox, on its label; and on screen.
 */
export function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    let target = el;
    const own = el.getBoundingClientRect();
    if (el.matches('input') && (parseFloat(getComputedStyle(el).opacity) === 0 || own.width <= 2 || own.height <= 2)) {
      target = (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)) || el.closest('label') || el;
    }
    const cs = getComputedStyle(target);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow.split(/,(?![^(]*\))/).some((s) => !/inset/.test(s));
    const r = target.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${el.getAttribute('value') && el.tagName === 'BUTTON' ? `[value=${el.getAttribute('value')}]` : ''} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`;
    return { name, visible: (outline || shadow) && onScreen, outline, shadow, onScreen, style: `${cs.outlineStyle} ${cs.outlineWidth} / ${cs.boxShadow}` };
  });
}

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} (after ${max} presses)`);
}

/** Resolves when the next document of the main frame has loaded, stylesheet included. */
export function nextDocument(page) {
  return page.waitForEvent('load', { timeout: 15_000 });
}

/**
 * Text that looks like a Fluent message id shown as is (a missing
 * translation), such as "audit-lead-named" or "q-travel-mode".
 * `allow` lists words that legitimately look like that (slugs).
 */
export function rawMessageIds(page, allow = []) {
  return page.evaluate((allow) => {
    const out = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(text) || allow.includes(text)) continue;
      if (n.parentElement?.closest('code, .skip')) continue;
      out.add(text);
    }
    return [...out];
  }, allow);
}

/** Answer pictures and smileys that another element (a listen button, say) covers at their centre. */
export function coveredPictures(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('main .pic, main .face')) {
      const r0 = el.getBoundingClientRect();
      if (!r0.width || !r0.height) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && !el.contains(hit) && !hit.contains(el)) {
        const label = el.closest('label')?.textContent.trim().slice(0, 30) || '';
        const by = hit.closest('button, a, label') || hit;
        out.push(`${el.classList[0]} of "${label}" under ${by.tagName.toLowerCase()}${typeof by.className === 'string' && by.className ? '.' + by.className : ''}`);
      }
    }
    window.scrollTo(0, 0);
    return out;
  });
}
