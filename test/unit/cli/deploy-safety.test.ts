// Issue #22: a token never printed (a sign-on proxy's redirect, npm's echo of --token), the ways
// to give a token off the command line, the look-up's name checked, a server's text capped.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/deploy.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { maskSecrets } from '../../../src/cli/secrets.js';
import {
  type StoredMashup,
  type TestServer,
  SPLIT_LAYOUT,
  capture,
  mashupDirWith,
  mashupManager,
  send,
  startServer,
} from './support.js';

const TOKEN = 'MTpTZWNyZXQrVG9rZW4vQUJD+/==';
const enc = encodeURIComponent;
/** The token as plain text, percent-encoded one to three times, with and without padding. */
function encodings(token: string): string[] {
  const bare = token.replace(/=+$/, '');
  return [token, bare, enc(token), enc(bare), enc(enc(token)), enc(enc(bare))].concat([
    enc(enc(enc(token))),
    enc(enc(enc(bare))),
  ]);
}
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function server(handler: Parameters<typeof startServer>[0]) {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

async function deploy(
  argv: string[],
  env: Record<string, string>,
  readStdin?: () => Promise<string | null>,
) {
  const c = capture();
  const mashupDir = await mashupDirWith(SPLIT_LAYOUT);
  const code = await main([...argv, '--allow-http'], env, c.io, { mashupDir, readStdin });
  return { code, ...c };
}

describe('masking a secret in every encoding', () => {
  it('masks plain, percent-encoded once to thrice, padded or not, mixed hex case', () => {
    for (const form of [
      ...encodings(TOKEN),
      enc(TOKEN).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
    ]) {
      const line = maskSecrets(`x?ReturnUrl=a%3Faccess_token%3D${form}&y=1`, [TOKEN]);
      expect(line, form).toContain('***');
      for (const f of encodings(TOKEN)) expect(line).not.toContain(f);
      expect(line).not.toMatch(/U2VjcmV0|VG9rZW4/);
    }
    expect(maskSecrets('nothing secret here', [TOKEN])).toBe('nothing secret here');
  });
});

describe('a single sign-on proxy answers 302 with the token in ReturnUrl', () => {
  it('prints only the origin and path of the redirect, never the token (exit 5)', async () => {
    const tp = await server((req, res) => {
      const original = `http://127.0.0.1${req.path}?access_token=${req.query.get('access_token')}`;
      const once = enc(original);
      const Location = `http://127.0.0.1:1/adfs/ls/login/${enc(enc(TOKEN))}?ReturnUrl=${enc(once)}&again=${once}&raw=${TOKEN}`;
      res.writeHead(302, { Location });
      res.end();
    });
    const run = await deploy(['--url', tp.url], { TP_TOKEN: TOKEN });
    expect(run.code).toBe(EXIT.badAnswer);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(
      /redirected .* to http:\/\/127\.0\.0\.1:1\/adfs\/ls\/login\/\*\*\* /,
    );
    expect(run.err[0]).not.toContain('ReturnUrl');
    for (const form of encodings(TOKEN)) expect(run.all()).not.toContain(form);
  });
});

describe('the token off the command line', () => {
  const tokenServer = () =>
    server(
      mashupManager(new Map<string, StoredMashup>(), {
        auth: (r) => r.query.get('access_token') === TOKEN,
      }),
    );
  const dir = () => mkdtemp(join(tmpdir(), 'tpgo-token-'));

  it('TP_TOKEN', async () => {
    const tp = await tokenServer();
    const run = await deploy(['--url', tp.url], { TP_TOKEN: TOKEN });
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toEqual([]);
  });

  it('--token-file: the trailing newline is trimmed; a relative path starts from INIT_CWD', async () => {
    const d = await dir();
    await writeFile(join(d, 'tok'), `${TOKEN}\r\n`);
    for (const argv of [['--token-file', join(d, 'tok')], ['--token-file=tok']]) {
      const tp = await tokenServer();
      const run = await deploy(['--url', tp.url, ...argv], { INIT_CWD: d });
      expect(run.code).toBe(EXIT.ok);
      expect(tp.received.map((r) => r.query.get('access_token'))).toEqual([TOKEN, TOKEN]);
    }
  });

  it('--token-file - reads standard input; a terminal there is refused', async () => {
    const tp = await tokenServer();
    const run = await deploy(['--url', tp.url, '--token-file', '-'], {}, async () => `${TOKEN}\n`);
    expect(run.code).toBe(EXIT.ok);
    const tty = await deploy(['--url', tp.url, '--token-file', '-'], {}, async () => null);
    expect(tty.code).toBe(EXIT.usage);
    expect(tty.err).toEqual([expect.stringMatching(/standard input.*terminal.*Next:/)]);
  });

  it('an empty, missing or many-line file: one line, exit 2, nothing sent, nothing quoted', async () => {
    const d = await dir();
    await writeFile(join(d, 'empty'), '\n');
    await writeFile(join(d, 'two'), `TP_TOKEN ${TOKEN}\nmore\n`);
    const cases: [string, RegExp][] = [
      ['empty', /is empty\. Next:/],
      ['missing', /does not exist .*Next:/],
      ['two', /more than one line .*Next:/],
    ];
    for (const [file, message] of cases) {
      const tp = await tokenServer();
      const run = await deploy(['--url', tp.url, '--token-file', join(d, file)], {});
      expect(run.code).toBe(EXIT.usage);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(message);
      expect(run.all()).not.toContain(TOKEN);
      expect(tp.received).toEqual([]);
    }
    const both = await deploy(['--url', 'https://a.b', '--token', 'x', '--token-file', 'y'], {});
    expect(both.code).toBe(EXIT.usage);
  });

  it('--help says --token is echoed by npm and what to prefer', async () => {
    const run = await deploy(['--help'], {});
    expect(run.out.join('\n')).toMatch(/--token-file/);
    expect(run.out.join('\n')).toMatch(/npm prints its command line, token included/);
    expect(run.out.join('\n')).toMatch(/Prefer TP_TOKEN or --token-file/);
  });

  it('under npm, --token gets a warning on standard error (the token not in it)', async () => {
    const tp = await tokenServer();
    const run = await deploy(['--url', tp.url, '--token', TOKEN], {
      npm_lifecycle_event: 'deploy',
    });
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toEqual([expect.stringMatching(/npm printed .*TP_TOKEN or --token-file/)]);
  });
});

describe("the look-up's name", () => {
  it('another name than --name: stops with exit 5, sends no UpdateMashup', async () => {
    for (const Name of ['Someone Elses Mashup', 42]) {
      const tp = await server((req, res) =>
        req.path.endsWith('/GetMashupInfo')
          ? send(res, 200, { Name, Placeholders: 'x', Files: [] })
          : send(res, 200, []),
      );
      const run = await deploy(['--url', tp.url], { TP_TOKEN: TOKEN });
      expect(run.code).toBe(EXIT.badAnswer);
      expect(run.err).toEqual([expect.stringMatching(/nothing was updated\. Next:/)]);
      expect(tp.received.map((r) => r.path.split('/').at(-1))).toEqual(['GetMashupInfo']);
    }
  });
});

describe("a server's error text", () => {
  it('a 1 MB field error is printed as about 500 characters, on one line', async () => {
    const huge = `Bad name\r\n\u001b[2J${'x'.repeat(1024 * 1024)}`;
    const tp = await server((req, res) =>
      req.path.endsWith('/GetMashupInfo')
        ? send(res, 400, [{ FieldName: 'Name', Message: 'Mashup with name "x" doesn\'t exist' }])
        : send(res, 400, [{ FieldName: 'Name', Message: huge }, { Message: 'second' }]),
    );
    const run = await deploy(['--url', tp.url], { TP_TOKEN: TOKEN });
    expect(run.code).toBe(EXIT.rejected);
    expect(run.err).toHaveLength(3);
    expect(run.err[0]).toMatch(/rejected AddMashup with 2 errors\. Next:/);
    expect(run.err[1]).toMatch(/^deploy: {3}- Bad name x+…$/);
    expect(run.err[1].length).toBeLessThan(600);
    expect(run.err[2]).toBe('deploy:   - second');
    // eslint-disable-next-line no-control-regex
    for (const line of run.err) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});
