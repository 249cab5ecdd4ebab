// Starts a throw-away childvoice server for the browser suite: its own
// temporary SQLite database and mail folder, a free port, and a copy of the
// binary (so that a rebuild of target/debug/childvoice during the run cannot
// pull the file out from under us).

import { spawn, execFile } from 'node:child_process';
import { copyFile, chmod, mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import http from 'node:http';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');
export const OUT = join(REPO, 'tests', 'browser', 'out');

export const ADMIN = {
  org: 'Test City',
  slug: 'testcity',
  email: 'owner@test.example',
  password: 'a long test password',
};

/** A network of cities and its admin (made with the command line, as in the README). */
export const NETWORK = {
  name: 'Child Friendly Cities',
  slug: 'cfc',
  email: 'admin@cfc.example',
  password: 'another long test password',
};

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

function run(bin, args, env, input) {
  return new Promise((ok, fail) => {
    const child = execFile(bin, args, { env, cwd: REPO, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else ok(stdout);
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** Copies the binary and checks that the copy runs; retries while it is being rebuilt. */
async function stableCopy(src, dir) {
  const dst = join(dir, 'childvoice');
  const start = Date.now();
  let last;
  // A missing binary is given a minute (a rebuild may be swapping it); one
  // that exists but is being written or does not run, ten.
  while (Date.now() - start < (last?.code === 'ENOENT' ? 60_000 : 10 * 60_000)) {
    try {
      const before = await stat(src);
      await sleep(500);
      const after = await stat(src);
      if (before.mtimeMs !== after.mtimeMs || before.size !== after.size) throw new Error('binary is being written');
      await copyFile(src, dst);
      await chmod(dst, 0o755);
      await run(dst, ['--help'], process.env);
      return dst;
    } catch (e) {
      last = e;
      console.log(`# waiting for ${src}: ${e.message.split('\n')[0]}`);
      await sleep(5000);
    }
  }
  throw new Error(`no usable childvoice binary at ${src}: ${last?.message}`);
}

export function httpGet(url) {
  return new Promise((ok, fail) => {
    const req = http.get(url, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode));
    });
    req.on('error', fail);
    req.setTimeout(2000, () => req.destroy(new Error('timeout')));
  });
}

export async function startServer() {
  const src = resolve(REPO, process.env.CHILDVOICE_BIN || 'target/debug/childvoice');
  const dir = await mkdtemp(join(tmpdir(), 'childvoice-browser-'));
  await mkdir(OUT, { recursive: true });
  const bin = await stableCopy(src, dir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${dir}/db.sqlite?mode=rwc`,
    CHILDVOICE_BIND: `127.0.0.1:${port}`,
    CHILDVOICE_PUBLIC_URL: base,
    CHILDVOICE_SURVEYS_DIR: join(REPO, 'surveys'),
    CHILDVOICE_MAIL_DIR: join(dir, 'mail'),
    RUST_LOG: process.env.RUST_LOG || 'warn',
    // One browser on loopback sends hundreds of pages and forms a minute, and
    // sends each form as soon as it is shown: no rate limits, no minimum time.
    CHILDVOICE_RATE_PAGES: '0,0',
    CHILDVOICE_RATE_SUBMIT: '0,0',
    CHILDVOICE_RATE_LOGIN: '0,0',
    CHILDVOICE_MIN_FORM_SECONDS: '0',
  };
  delete env.CHILDVOICE_CONFIG;
  delete env.CHILDVOICE_SMTP_URL;
  const log = createWriteStream(join(OUT, 'server.log'));
  const child = spawn(bin, ['serve'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`childvoice serve exited (${JSON.stringify(exited)}); see ${join(OUT, 'server.log')}`);
    try {
      if ((await httpGet(`${base}/healthz`)) === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`childvoice did not answer /healthz within 60 s; see ${join(OUT, 'server.log')}`);
    }
    await sleep(150);
  }

  await run(bin, ['admin', 'create-org', ADMIN.org, '--slug', ADMIN.slug], env);
  await run(bin, ['admin', 'create-user', '--org', ADMIN.slug, '--email', ADMIN.email, '--role', 'owner', '--password-stdin'], env, `${ADMIN.password}\n`);
  await run(bin, ['admin', 'create-network', NETWORK.name, '--slug', NETWORK.slug], env);
  await run(bin, ['admin', 'create-user', '--network', NETWORK.slug, '--email', NETWORK.email, '--role', 'network-admin', '--password-stdin'], env, `${NETWORK.password}\n`);

  return {
    base,
    async stop() {
      if (!exited) {
        const done = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await Promise.race([done, sleep(5000)]);
        if (!exited) child.kill('SIGKILL');
      }
      log.end();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
