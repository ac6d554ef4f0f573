// `npm start` (issue 22 item 12): what it prints, on its pieces as package.json runs them (the
// two builds with `npm run -s`, then serve.ts): one summary line per build, no module tree, and
// the address to open first in the replica's output, the scenarios after it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = mkdtempSync(join(tmpdir(), 'tpgo-start-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const withoutNpxAllowScripts = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_allow_scripts'),
  );

const MODULE_TREE =
  /modules by path|\[built\]|\[code generated\]|orphan modules|^\s*\.\/(src|node_modules)\//m;

describe('npm start prints', () => {
  it("package.json's start runs the builds silently (npm's own header lines off)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toContain('npm run -s build &&');
    expect(pkg.scripts.start).toContain('npm run -s build:paste &&');
    expect(pkg.scripts.start).toMatch(/tsx test\/replica\/serve\.ts$/);
  });

  it.each([
    ['build', []],
    ['build:paste', ['--env', 'paste']],
  ])(
    '%s: one summary line, nothing else',
    (_name, env) => {
      // The same webpack command as the script, into a folder of its own (mashup/ and dist/ stay).
      const run = spawnSync(
        'npx',
        ['webpack', '--mode', 'production', ...env, '--output-path', join(out, _name)],
        // Without the npm_config_allow_scripts that `npx vitest` hands down: npm, asked by
        // webpack-cli, would warn that it overrides .npmrc (not so under `npm start`).
        { cwd: ROOT, encoding: 'utf8', env: withoutNpxAllowScripts() },
      );
      expect(run.status, run.stderr).toBe(0);
      const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim() !== '');
      expect(lines, lines.join('\n')).toHaveLength(1);
      expect(lines[0]).toMatch(/^webpack [\d.]+ compiled successfully/);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(MODULE_TREE);
    },
    120_000,
  );

  it('serve.ts: the address to open on its first line, then the scenarios', async () => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['test/replica/serve.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0' },
    });
    let text = '';
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no scenarios in: ${text}`)), 60_000);
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (/Press Ctrl\+C/.test(text)) {
            clearTimeout(timer);
            done();
          }
        });
        child.on('exit', () => fail(new Error(`serve.ts exited: ${text}`)));
      });
    } finally {
      child.kill();
    }
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Open http:\/\/[^ ]+:\d+\/ /);
    const scenarios = lines.indexOf('Scenarios:');
    expect(scenarios).toBeGreaterThan(0);
    expect(scenarios).toBeLessThanOrEqual(3);
    expect(
      lines.slice(scenarios + 1).some((line) => line.includes(`${lines[0]!.split(' ')[1]}`)),
    ).toBe(true);
  }, 90_000);
});
