// `npm start` (test/replica/serve.ts): the stand-in clients it prints, and a bad or busy PORT.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GOOGLE_CLIENTS, googleClient } from '../../replica/google-clients.js';
import { DEFAULT_PORT, clientLines, portFrom } from '../../replica/serve.js';

const ORIGIN = 'http://127.0.0.1:8737';
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const SERVE = join(process.cwd(), 'test/replica/serve.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm start`'s server script with PORT; `until` ends it (SIGTERM) once stdout holds it. */
function serve(port: string, until?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SERVE], { env: { ...process.env, PORT: port } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until && stdout.includes(until)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const held: Server[] = [];
afterEach(async () => {
  await Promise.all(held.splice(0).map((s) => new Promise((done) => s.close(done))));
});

describe('npm start: the stand-in Google clients', () => {
  it('lists every client of google-clients.ts with its ID and what Google answers', () => {
    const text = clientLines(ORIGIN).join('\n');
    for (const client of GOOGLE_CLIENTS) {
      expect(text).toContain(client.id);
      expect(text).toMatch(new RegExp(`^  ${client.key} `, 'm'));
    }
    const answerFor = (key: string) => {
      const lines = clientLines(ORIGIN);
      return lines[lines.findIndex((l) => l.includes(googleClient(key).id)) - 1];
    };
    expect(answerFor('ok')).toMatch(/consent/);
    expect(answerFor('deleted')).toMatch(/deleted_client/);
    expect(answerFor('org_internal')).toMatch(/org_internal/);
    expect(answerFor('admin_policy')).toMatch(/admin_policy_enforced/);
    expect(answerFor('not_test_user')).toMatch(/access_denied/);
    expect(answerFor('no_refresh_token')).toMatch(/no refresh token/);
    expect(answerFor('slow')).toMatch(/15 s/);
    expect(answerFor('unverified')).toMatch(/hasn't verified/);
    expect(answerFor('acid_registered')).toMatch(
      /only from http:\/\/127\.0\.0\.1:8737\/Admin\/Plugins\.aspx\?acid=\w+, elsewhere redirect_uri_mismatch/,
    );
    expect(text).toMatch(/any other ID +Error 401: invalid_client/);
    expect(text).toContain(`${ORIGIN}/Admin/Plugins.aspx and ${ORIGIN}/TargetProcess/Admin/`);
  });

  it('is derived from the data: a client added there is listed', () => {
    const extra = { ...googleClient('deleted'), key: 'another_one', id: '1-x.apps' };
    const lines = clientLines(ORIGIN, [...GOOGLE_CLIENTS, extra]);
    expect(lines.join('\n')).toMatch(/^ {2}another_one +Error 401: deleted_client$/m);
    expect(lines.join('\n')).toContain('1-x.apps');
  });
});

describe('npm start: PORT', () => {
  it('reads PORT, with 8737 when unset and 0 for any free port', () => {
    expect(portFrom(undefined)).toEqual({ ok: true, port: DEFAULT_PORT });
    expect(portFrom('')).toEqual({ ok: true, port: DEFAULT_PORT });
    expect(portFrom('9000')).toEqual({ ok: true, port: 9000 });
    expect(portFrom('0')).toEqual({ ok: true, port: 0 });
    for (const bad of ['abc', '-1', '65536', '80.5', '1e3', '12 34', '\u001b[2J']) {
      const result = portFrom(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).not.toContain('\u001b');
    }
  });

  it('a busy port: one line, exit 1, no stack trace', async () => {
    const busy = createServer();
    held.push(busy);
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const { port } = busy.address() as AddressInfo;
    const run = await serve(String(port));
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('[replica]'));
    expect(lines).toEqual([`Port ${port} is in use: set PORT to a free port`]);
    expect(run.stdout).toBe('');
  }, 60_000);

  it('an invalid PORT: one line, exit 1', async () => {
    const run = await serve('eighty');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'PORT "eighty" is not a port number: set PORT to a whole number from 1 to 65535, e.g. PORT=8737',
    ]);
  }, 60_000);

  it('serves, printing the pages and then the stand-in client IDs', async () => {
    const run = await serve('0', 'Press Ctrl+C');
    expect(run.code).toBe(0);
    const pages = run.stdout.indexOf('/demo/');
    expect(pages).toBeGreaterThan(0);
    for (const client of GOOGLE_CLIENTS) {
      expect(run.stdout.indexOf(client.id)).toBeGreaterThan(pages);
    }
  }, 60_000);
});
