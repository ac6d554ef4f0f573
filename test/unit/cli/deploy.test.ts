import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MASHUP_NAME } from '../../../mashup.config.js';
import { main, parseArgs } from '../../../src/cli/deploy.js';
import { EXIT, placeholdersFromCfg } from '../../../src/cli/mashup-api.js';
import {
  COMMANDS_PATH,
  type Captured,
  type StoredMashup,
  type TestServer,
  builtMashupDir,
  capture,
  mashupManager,
  send,
  startServer,
} from './support.js';

// Real Targetprocess tokens are base64: '+', '/' and '=' must survive the query string.
const TOKEN = 'MTpTZWNyZXQrVG9rZW4vQUJD+/==';
const USER = 'admin';
const PASSWORD = 'Pa55-w0rd!Secret';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const FORBIDDEN = [TOKEN, encodeURIComponent(TOKEN), PASSWORD, BASIC];

let mashupDir: string;
let js: string;
let placeholders: string;
let runs: Captured[] = [];
const servers: TestServer[] = [];

beforeAll(async () => {
  mashupDir = await builtMashupDir();
  js = await readFile(join(mashupDir, `${MASHUP_NAME}.js`), 'utf8');
  placeholders = placeholdersFromCfg(
    await readFile(join(mashupDir, `${MASHUP_NAME}.cfg`), 'utf8'),
  ) as string;
});

afterEach(async () => {
  // The promise that matters most: no secret in any line, in any test, success or failure.
  const done = runs;
  runs = [];
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const run of done) {
    for (const line of [...run.out, ...run.err]) {
      for (const secret of FORBIDDEN) expect(line).not.toContain(secret);
    }
  }
});

async function server(handler: Parameters<typeof startServer>[0]) {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

async function deploy(argv: string[], env: Record<string, string> = { TP_TOKEN: TOKEN }) {
  const c = capture();
  runs.push(c);
  const code = await main(argv, env, c.io, { mashupDir });
  return { code, ...c };
}

const DEFAULT_NAME = 'Google OAuth Assistant';

describe('deploy: create and update', () => {
  it('creates the mashup, enabled, when Mashup Manager says it does not exist', async () => {
    const store = new Map<string, StoredMashup>();
    const tp = await server(mashupManager(store));
    const run = await deploy(['--url', tp.url]);

    expect(run.code).toBe(EXIT.ok);
    expect(tp.received.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${COMMANDS_PATH}GetMashupInfo`,
      `POST ${COMMANDS_PATH}AddMashup`,
    ]);
    const [lookup, add] = tp.received;
    expect(lookup.body).toBe(DEFAULT_NAME);
    expect(lookup.query.get('access_token')).toBe(TOKEN);
    expect(add.query.get('access_token')).toBe(TOKEN);
    expect(add.headers['content-type']).toMatch(/^application\/json/);
    expect(add.headers.authorization).toBeUndefined();
    expect(JSON.parse(add.body)).toEqual({
      Name: DEFAULT_NAME,
      Placeholders: placeholders,
      Files: [{ FileName: `${MASHUP_NAME}.js`, Content: js }],
      MashupMetaInfo: { IsEnabled: true },
    });
    expect(store.get(DEFAULT_NAME.toLowerCase())?.MashupMetaInfo?.IsEnabled).toBe(true);
    expect(run.out.at(-1)).toMatch(/^Created mashup "Google OAuth Assistant", enabled\./);
    expect(run.err).toEqual([]);
  });

  it('updates in place with OldName and IsEnabled when it exists, even if it was disabled', async () => {
    const store = new Map<string, StoredMashup>([
      [
        DEFAULT_NAME.toLowerCase(),
        {
          Name: 'google oauth assistant',
          Placeholders: 'old',
          Files: [{ FileName: 'old.js', Content: 'old()' }],
          MashupMetaInfo: { IsEnabled: false },
        },
      ],
    ]);
    const tp = await server(mashupManager(store));
    const run = await deploy(['--url', tp.url, '--token', TOKEN], {});

    expect(run.code).toBe(EXIT.ok);
    expect(tp.received.map((r) => r.path)).toEqual([
      `${COMMANDS_PATH}GetMashupInfo`,
      `${COMMANDS_PATH}UpdateMashup`,
    ]);
    const update = tp.received[1];
    expect(update.query.get('access_token')).toBe(TOKEN);
    expect(JSON.parse(update.body)).toEqual({
      Name: DEFAULT_NAME,
      OldName: 'google oauth assistant',
      Placeholders: placeholders,
      Files: [{ FileName: `${MASHUP_NAME}.js`, Content: js }],
      MashupMetaInfo: { IsEnabled: true },
    });
    expect(store.size).toBe(1);
    expect(store.get(DEFAULT_NAME.toLowerCase())).toMatchObject({
      Name: DEFAULT_NAME,
      MashupMetaInfo: { IsEnabled: true },
    });
    expect(run.out.at(-1)).toMatch(/^Updated mashup/);
  });

  it('deploys twice in a row: the second run updates, nothing is deleted', async () => {
    const store = new Map<string, StoredMashup>();
    const tp = await server(mashupManager(store));
    expect((await deploy(['--url', tp.url])).code).toBe(EXIT.ok);
    expect((await deploy(['--url', tp.url])).code).toBe(EXIT.ok);
    expect(tp.received.map((r) => r.path.slice(COMMANDS_PATH.length))).toEqual([
      'GetMashupInfo',
      'AddMashup',
      'GetMashupInfo',
      'UpdateMashup',
    ]);
    expect([...store.values()].map((m) => m.MashupMetaInfo?.IsEnabled)).toEqual([true]);
  });

  it('works under a virtual directory, with or without a trailing slash', async () => {
    for (const suffix of ['/TargetProcess', '/TargetProcess/']) {
      const tp = await server(mashupManager(new Map(), { prefix: '/TargetProcess' }));
      const run = await deploy(['--url', `${tp.url}${suffix}`]);
      expect(run.code).toBe(EXIT.ok);
      expect(tp.received.map((r) => r.path)).toEqual([
        `/TargetProcess${COMMANDS_PATH}GetMashupInfo`,
        `/TargetProcess${COMMANDS_PATH}AddMashup`,
      ]);
    }
  });

  it('sends Basic auth from TP_USER/TP_PASSWORD, with no access_token', async () => {
    const tp = await server(
      mashupManager(new Map(), { auth: (r) => r.headers.authorization === `Basic ${BASIC}` }),
    );
    const run = await deploy(['--url', tp.url], { TP_USER: USER, TP_PASSWORD: PASSWORD });
    expect(run.code).toBe(EXIT.ok);
    expect(tp.received).toHaveLength(2);
    for (const r of tp.received) {
      expect(r.headers.authorization).toBe(`Basic ${BASIC}`);
      expect(r.query.has('access_token')).toBe(false);
    }
  });

  it('uses --name when it is valid', async () => {
    const tp = await server(mashupManager(new Map()));
    const run = await deploy(['--url', tp.url, '--name', 'OAuth_Helper 2']);
    expect(run.code).toBe(EXIT.ok);
    expect(tp.received[0].body).toBe('OAuth_Helper 2');
    expect(JSON.parse(tp.received[1].body).Name).toBe('OAuth_Helper 2');
  });
});

describe('deploy: --dry-run', () => {
  it('prints both possible requests with the token and code elided, and sends nothing', async () => {
    const tp = await server(mashupManager(new Map()));
    const run = await deploy(['--url', `${tp.url}/TargetProcess/`, '--dry-run']);
    expect(run.code).toBe(EXIT.ok);
    expect(tp.received).toEqual([]);
    const text = run.all();
    for (const command of ['GetMashupInfo', 'AddMashup', 'UpdateMashup']) {
      expect(text).toContain(
        `POST ${tp.url}/TargetProcess${COMMANDS_PATH}${command}?access_token=***`,
      );
    }
    expect(text).toContain(`"Content":"<${Buffer.byteLength(js)} bytes>"`);
    expect(text).toContain('"MashupMetaInfo":{"IsEnabled":true}');
    expect(text).toContain('"OldName":"Google OAuth Assistant"');
    expect(text).not.toContain(js.trim().slice(0, 40));
  });
});

describe('deploy: usage errors (exit 2) send nothing', () => {
  it.each([
    ['no URL', [], { TP_TOKEN: TOKEN }, /No Targetprocess address\. Next: pass --url/],
    ['a URL that is not one', ['--url', 'acme'], { TP_TOKEN: TOKEN }, /Bad --url/],
    ['an ftp URL', ['--url', 'ftp://acme'], { TP_TOKEN: TOKEN }, /https:\/\//],
    [
      'no credentials',
      ['--url', 'https://acme.tpondemand.com'],
      {},
      /No credentials\. Next: set TP_TOKEN/,
    ],
    [
      'a user without a password',
      ['--url', 'https://acme.tpondemand.com'],
      { TP_USER: USER },
      /No credentials/,
    ],
    [
      'a name with a hyphen',
      ['--url', 'https://acme.tpondemand.com', '--name', 'google-oauth'],
      { TP_TOKEN: TOKEN },
      /letters, digits, spaces and underscores/,
    ],
    [
      'a blank name',
      ['--url', 'https://acme.tpondemand.com', '--name', '  '],
      { TP_TOKEN: TOKEN },
      /name is empty/,
    ],
    [
      'a bad timeout',
      ['--url', 'https://acme.tpondemand.com', '--timeout', '5s'],
      { TP_TOKEN: TOKEN },
      /--timeout/,
    ],
    ['an unknown option', ['--url', 'https://x', '--tokn', TOKEN], {}, /Bad arguments/],
  ])('%s', async (_label, argv, env, message) => {
    const run = await deploy(argv as string[], env as Record<string, string>);
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
    expect(run.out).toEqual([]);
  });

  it('validates names as Targetprocess does', () => {
    const env = { TP_TOKEN: TOKEN };
    const nameOf = (name: string) => parseArgs(['--url', 'https://a.b', '--name', name], env);
    for (const good of ['A', 'Google OAuth Assistant', 'x_1 2', '  trimmed  ']) {
      expect(nameOf(good).kind).toBe('run');
    }
    for (const bad of ['a-b', 'a.b', 'é', 'a/b', 'a"b', '']) {
      expect(nameOf(bad).kind).toBe('usage-error');
    }
  });

  it('reports a missing build with exit 8 and the next step', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tpgo-empty-'));
    const c = capture();
    runs.push(c);
    const code = await main(['--url', 'https://acme.tpondemand.com'], { TP_TOKEN: TOKEN }, c.io, {
      mashupDir: empty,
    });
    expect(code).toBe(EXIT.noBuild);
    expect(c.err[0]).toMatch(/Next: run npm run build/);
  });
});

describe('deploy: failures from Targetprocess', () => {
  const answering = (status: number, body: unknown, type?: string) =>
    server((_req, res) => send(res, status, body, type));

  it('401: exit 3, says the token is wrong or not an admin', async () => {
    const tp = await answering(401, { Message: 'Unauthorized' });
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.auth);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/HTTP 401.*Next:.*administrator/);
    expect(tp.received).toHaveLength(1);
  });

  it('403: exit 3, says only administrators may manage mashups', async () => {
    const tp = await answering(403, { Message: 'Forbidden' });
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.auth);
    expect(run.err[0]).toMatch(/HTTP 403.*administrator/);
  });

  it('404 (a URL missing its virtual directory): exit 4, suggests the virtual directory', async () => {
    const tp = await server(mashupManager(new Map(), { prefix: '/TargetProcess' }));
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.notFound);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/No Mashup Manager at .*HTTP 404.*virtual directory/);
    expect(run.err[0]).toContain('access_token=***');
  });

  it('an HTML page (single sign-on): exit 5', async () => {
    const tp = await answering(
      200,
      '<!DOCTYPE html><html><body>Sign in</body></html>',
      'text/html',
    );
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.badAnswer);
    expect(run.err[0]).toMatch(/Expected JSON .* a web page \(HTTP 200, text\/html\).*Next:/);
  });

  it('a redirect is reported, not followed: exit 5', async () => {
    const tp = await server((_req, res) => {
      res.writeHead(302, { Location: 'https://sso.example.com/login?next=x' });
      res.end();
    });
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.badAnswer);
    expect(run.err[0]).toMatch(/redirected .* to https:\/\/sso\.example\.com\/login/);
    expect(tp.received).toHaveLength(1);
  });

  it('a server error without an error list: exit 5', async () => {
    const tp = await answering(500, { Message: 'boom' });
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.badAnswer);
    expect(run.err[0]).toMatch(/HTTP 500/);
  });

  it('name clash on add: exit 7, shows the Message and suggests --name', async () => {
    const tp = await server((req, res) =>
      req.path.endsWith('/GetMashupInfo')
        ? send(res, 400, [
            { FieldName: 'Name', Message: `Mashup with name "${req.body}" doesn't exist` },
          ])
        : send(res, 400, [
            { FieldName: 'Name', Message: 'Mashup with the same name already exists' },
          ]),
    );
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.rejected);
    expect(tp.received.map((r) => r.path.split('/').at(-1))).toEqual([
      'GetMashupInfo',
      'AddMashup',
    ]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/Mashup with the same name already exists\. Next: .*--name/);
  });

  it('a server that never answers: exit 6 after --timeout', async () => {
    const tp = await server(() => {
      /* never answers */
    });
    const started = Date.now();
    const run = await deploy(['--url', tp.url, '--timeout', '300']);
    expect(run.code).toBe(EXIT.network);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.err[0]).toMatch(/No answer from .* within 300 ms\. Next: .*--timeout/);
  });

  it('a refused connection: exit 6', async () => {
    const tp = await startServer(() => undefined);
    await tp.close();
    const run = await deploy(['--url', tp.url, '--token', TOKEN], {});
    expect(run.code).toBe(EXIT.network);
    expect(run.err[0]).toMatch(/Connection refused by 127\.0\.0\.1:\d+\. Next:/);
  });

  it('never prints the Basic auth password, even on failure', async () => {
    const tp = await answering(401, '');
    const run = await deploy(['--url', tp.url], { TP_USER: USER, TP_PASSWORD: PASSWORD });
    expect(run.code).toBe(EXIT.auth);
    expect(run.err[0]).toMatch(/TP_USER\/TP_PASSWORD/);
  });
});
