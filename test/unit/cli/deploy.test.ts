import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MASHUP_NAME } from '../../../mashup.config.js';
import { parseArgs } from '../../../src/cli/args.js';
import { main } from '../../../src/cli/deploy.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { MAX_ANSWER_BYTES } from '../../../src/cli/http.js';
import {
  COMMANDS_PATH,
  type Captured,
  type StoredMashup,
  type TestServer,
  SINGLE_LAYOUT,
  SPLIT_LAYOUT,
  capture,
  mashupDirWith,
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
const js = SPLIT_LAYOUT[`${MASHUP_NAME}.js`];
const placeholders = 'a,b,c';
// What Mashup Manager must receive for SPLIT_LAYOUT: the loader first, every chunk under its
// sub-folder path, neither README.md nor the .cfg (its placeholders travel in Placeholders).
const SPLIT_FILES = [
  { FileName: `${MASHUP_NAME}.js`, Content: js },
  { FileName: 'chunks/editor.js', Content: SPLIT_LAYOUT['chunks/editor.js'] },
  { FileName: 'chunks/mashup.ignore', Content: '' },
  { FileName: 'chunks/plugins.js', Content: SPLIT_LAYOUT['chunks/plugins.js'] },
];
let runs: Captured[] = [];
const servers: TestServer[] = [];

beforeAll(async () => {
  mashupDir = await mashupDirWith(SPLIT_LAYOUT);
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

/** A run against the local http:// stand-in, so --allow-http unless `https` is asked for. */
async function deploy(
  argv: string[],
  env: Record<string, string> = { TP_TOKEN: TOKEN },
  dir = mashupDir,
) {
  const c = capture();
  runs.push(c);
  const code = await main([...argv, '--allow-http'], env, c.io, { mashupDir: dir });
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
      Files: SPLIT_FILES,
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
      Files: SPLIT_FILES,
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

  it('needs no credentials: lists the files, sizes and placeholders, exits 0, sends nothing', async () => {
    const tp = await server(mashupManager(new Map()));
    const run = await deploy(['--url', tp.url, '--dry-run'], {});
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toEqual([]);
    expect(tp.received).toEqual([]);
    const text = run.all();
    expect(text).toContain('4 files');
    expect(text).toContain('placeholders a,b,c');
    for (const f of SPLIT_FILES) {
      expect(text).toMatch(
        new RegExp(
          `^  ${f.FileName.replace('.', '\\.')} +${Buffer.byteLength(f.Content)} bytes$`,
          'm',
        ),
      );
    }
    expect(text).not.toMatch(/README|\.cfg /);
    expect(text).toContain(`${COMMANDS_PATH}AddMashup?access_token=***`);
    expect(text).toMatch(/Auth: none given\. A real run needs TP_TOKEN/);
  });

  it('the README example runs as it is written (https, no credentials)', async () => {
    const c = capture();
    runs.push(c);
    const argv = ['--url', 'https://acme.tpondemand.com', '--dry-run'];
    expect(await main(argv, {}, c.io, { mashupDir })).toBe(EXIT.ok);
    expect(c.out[0]).toMatch(/^Dry run: nothing is sent/);
  });
});

describe('deploy: the split install', () => {
  it('sends every file under mashup/, sub-folder paths as names, and updates them in place', async () => {
    const store = new Map<string, StoredMashup>();
    const tp = await server(mashupManager(store));
    expect((await deploy(['--url', tp.url])).code).toBe(EXIT.ok);
    expect((await deploy(['--url', tp.url])).code).toBe(EXIT.ok);
    const [add, update] = [tp.received[1], tp.received[3]].map((r) => JSON.parse(r.body));
    expect(add.Files).toEqual(SPLIT_FILES);
    expect(update.Files).toEqual(SPLIT_FILES);
    expect(update.OldName).toBe(DEFAULT_NAME);
  });

  it("sends today's single-file build as one file", async () => {
    const tp = await server(mashupManager(new Map()));
    const dir = await mashupDirWith(SINGLE_LAYOUT);
    expect((await deploy(['--url', tp.url], undefined, dir)).code).toBe(EXIT.ok);
    expect(JSON.parse(tp.received[1].body).Files).toEqual([
      { FileName: `${MASHUP_NAME}.js`, Content: SINGLE_LAYOUT[`${MASHUP_NAME}.js`] },
    ]);
  });

  it('refuses a symbolic link that leads out of the folder (exit 8), sending nothing', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'tpgo-outside-'));
    await writeFile(join(outside, 'secret.js'), 'not for upload');
    for (const link of ['chunks/leak.js', 'linked']) {
      const dir = await mashupDirWith(SPLIT_LAYOUT);
      await symlink(
        link === 'linked' ? outside : join(outside, 'secret.js'),
        join(dir, ...link.split('/')),
      );
      const tp = await server(mashupManager(new Map()));
      const run = await deploy(['--url', tp.url], undefined, dir);
      expect(run.code).toBe(EXIT.noBuild);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(/symbolic link/);
      expect(tp.received).toEqual([]);
    }
  });

  it('refuses a name Windows would read as a separator, and a file Targetprocess would drop', async () => {
    const cases: [string, RegExp][] = [
      ['chunks/..\\..\\evil.js', /file name/],
      ['chunks/map.js.map', /would vanish .* restart/],
      ['chunks/Editor.js', /chunks\/Editor\.js and chunks\/editor\.js differ only in case/],
    ];
    for (const [name, message] of cases) {
      const dir = await mashupDirWith(SPLIT_LAYOUT);
      await writeFile(join(dir, ...name.split('/')), 'x');
      const tp = await server(mashupManager(new Map()));
      const run = await deploy(['--url', tp.url], undefined, dir);
      expect(run.code).toBe(EXIT.noBuild);
      expect(run.err[0]).toMatch(message);
      expect(tp.received).toEqual([]);
    }
  });
});

describe('deploy: http:// and stray arguments', () => {
  it('refuses http:// without --allow-http, in one line saying why (exit 2)', async () => {
    const tp = await server(mashupManager(new Map()));
    for (const dryRun of [[], ['--dry-run']]) {
      const c = capture();
      runs.push(c);
      const code = await main(['--url', tp.url, ...dryRun], { TP_TOKEN: TOKEN }, c.io, {
        mashupDir,
      });
      expect(code).toBe(EXIT.usage);
      expect(c.err).toHaveLength(1);
      expect(c.err[0]).toMatch(/http:\/\/.*clear text.*--allow-http/);
    }
    expect(tp.received).toEqual([]);
  });

  it('never echoes an unexpected argument: it may be a token pasted in the wrong place', async () => {
    const stray = 'StrayTokenValue123';
    for (const argv of [
      ['--url', 'https://acme.tpondemand.com', stray],
      ['--url', 'https://acme.tpondemand.com', '--', stray],
      ['--url', 'https://acme.tpondemand.com', `--dry-run=${stray}`],
      ['--url', 'https://acme.tpondemand.com', `--${stray}`],
      ['--url', 'https://acme.tpondemand.com', `-h${stray}`],
    ]) {
      const run = await deploy(argv, { TP_USER: USER, TP_PASSWORD: PASSWORD });
      expect(run.code).toBe(EXIT.usage);
      expect(run.err).toHaveLength(1);
      expect(run.all()).not.toContain(stray);
      expect(run.all()).not.toContain(stray.slice(1));
    }
    const run = await deploy(['--url', 'https://a.b', 'x'], {});
    expect(run.err[0]).toMatch(/unexpected argument \(not shown\)/i);
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

  it('an invalid Location header: exit 5, not a crash', async () => {
    const tp = await server((_req, res) => {
      res.writeHead(302, { Location: 'http://[not a host' });
      res.end();
    });
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.badAnswer);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/redirected .* to an address that is not a valid URL/);
  });

  it('an endless answer: reading stops at the cap, exit 5 in one line', async () => {
    let sent = 0;
    const tp = await server((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        // Stops once the client hangs up; bounded in case it never does.
        while (!res.destroyed && sent < 64 * MAX_ANSWER_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.badAnswer);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/larger than \d+ MiB.*Next:/);
    expect(sent).toBeLessThan(8 * MAX_ANSWER_BYTES);
  });

  it('an answer that declares a huge length is not read at all: exit 5', async () => {
    const tp = await server((_req, res) => {
      res.writeHead(200, { 'Content-Length': String(3 * 1024 ** 3) });
      res.write('[');
    });
    const run = await deploy(['--url', tp.url]);
    expect(run.code).toBe(EXIT.badAnswer);
    expect(run.err[0]).toMatch(/larger than/);
  });

  it('prints no control character the server sends (messages, names), one line each', async () => {
    const evil = 'Bad\u001b[2J\u001b]0;owned\u0007 name\r\nforged line\u009b31m\u202e';
    // The name comes back from the look-up (refused: not the name asked for, exit 5), the message
    // from a refused AddMashup (exit 7).
    const named = await server((_req, res) =>
      send(res, 200, { Name: evil, Placeholders: 'x', Files: [] }),
    );
    const refused = await server((req, res) =>
      req.path.endsWith('/GetMashupInfo')
        ? send(res, 400, [{ FieldName: 'Name', Message: 'Mashup with name "x" doesn\'t exist' }])
        : send(res, 400, [{ FieldName: 'Name', Message: evil }]),
    );
    const first = await deploy(['--url', named.url]);
    expect(first.code).toBe(EXIT.badAnswer);
    expect(named.received).toHaveLength(1);
    const run = await deploy(['--url', refused.url]);
    expect(run.code).toBe(EXIT.rejected);
    const lines = [...first.out, ...first.err, ...run.out, ...run.err];
    expect(lines.join('')).toContain('Bad');
    for (const line of lines) {
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
      expect(line).not.toContain('[2J');
      expect(line).not.toContain('owned');
    }
  });

  it('never prints the Basic auth password, even on failure', async () => {
    const tp = await answering(401, '');
    const run = await deploy(['--url', tp.url], { TP_USER: USER, TP_PASSWORD: PASSWORD });
    expect(run.code).toBe(EXIT.auth);
    expect(run.err[0]).toMatch(/TP_USER\/TP_PASSWORD/);
  });
});
