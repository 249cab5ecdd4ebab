// Page weight as a phone on a slow network pays it: the compressed bytes of
// the HTML and of everything it loads (stylesheets, scripts, pictures),
// fetched over HTTP with `Accept-Encoding: gzip, deflate, br`.

import http from 'node:http';
import zlib from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from './server.mjs';
import { CSS_FROM_SOURCE } from './browser.mjs';

export const BUDGET = 30 * 1024;
const ACCEPT = 'gzip, deflate, br';

function fetchRaw(url, { method = 'GET', body, contentType } = {}) {
  return new Promise((ok, fail) => {
    const headers = { 'accept-encoding': ACCEPT, accept: 'text/html,*/*' };
    if (body !== undefined) {
      headers['content-type'] = contentType || 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const req = http.request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const enc = (res.headers['content-encoding'] || 'identity').toLowerCase();
        let text;
        try {
          text = (enc === 'br' ? zlib.brotliDecompressSync(raw)
            : enc === 'gzip' ? zlib.gunzipSync(raw)
              : enc === 'deflate' ? zlib.inflateSync(raw) : raw).toString('utf8');
        } catch { text = raw.toString('utf8'); }
        ok({ status: res.statusCode, bytes: raw.length, encoding: enc, text, headers: res.headers });
      });
    });
    req.on('error', fail);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout: ${url}`)));
    if (body !== undefined) req.end(body); else req.end();
  });
}

const assetCache = new Map();

async function assetBytes(url) {
  if (!assetCache.has(url)) {
    assetCache.set(url, (async () => {
      if (CSS_FROM_SOURCE && /\/assets\/app-[0-9a-f]+\.css$/.test(url)) {
        const css = await readFile(join(REPO, 'src', 'views', 'app.css'));
        return { bytes: zlib.gzipSync(css).length, encoding: 'gzip (src/views/app.css)', status: 200 };
      }
      const r = await fetchRaw(url);
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      return { bytes: r.bytes, encoding: r.encoding, status: r.status };
    })());
  }
  return assetCache.get(url);
}

/** External resources a page loads, as absolute URLs. */
function subresources(html, base) {
  const urls = new Set();
  const attr = (tag, name) => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]+)"`, 'gi');
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/rel="?(stylesheet|preload|modulepreload)/i.test(tag)) continue;
    const href = /\shref="([^"]+)"/i.exec(tag)?.[1];
    if (href && !href.startsWith('data:')) urls.add(new URL(href, base).href);
  }
  for (const re of [attr('script', 'src'), attr('img', 'src'), attr('source', 'src'), attr('image', 'href'), attr('use', 'href')]) {
    for (const m of html.matchAll(re)) if (!m[1].startsWith('data:') && !m[1].startsWith('#')) urls.add(new URL(m[1], base).href);
  }
  for (const m of html.matchAll(/url\(["']?([^"')]+)["']?\)/gi)) if (!m[1].startsWith('data:')) urls.add(new URL(m[1], base).href);
  return [...urls];
}

/**
 * Measures a page. `request` is { url, method, body } (a POST replays a form
 * screen the way the browser sent it). Returns { total, html, assets, status }.
 */
export async function measure({ url, method = 'GET', body, contentType }) {
  const r = await fetchRaw(url, { method, body, contentType });
  const assets = [];
  for (const a of subresources(r.text, url)) assets.push({ url: a, ...(await assetBytes(a)) });
  const total = r.bytes + assets.reduce((s, a) => s + a.bytes, 0);
  return { url, method, status: r.status, encoding: r.encoding, html: r.bytes, assets, total, text: r.text };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
