import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { MASHUP_NAME } from '../../../mashup.config.js';
import { EXIT } from '../../../src/cli/mashup-api.js';
import { INSTRUCTIONS_FILE, PASTE_FILE, ZIP_FILE, main } from '../../../src/cli/package.js';
import { builtMashupDir, capture } from './support.js';

let mashupDir: string;
let js: string;
let cfg: string;

beforeAll(async () => {
  mashupDir = await builtMashupDir();
  js = await readFile(join(mashupDir, `${MASHUP_NAME}.js`), 'utf8');
  cfg = await readFile(join(mashupDir, `${MASHUP_NAME}.cfg`), 'utf8');
});

describe('npm run package', () => {
  it('writes the paste file, identical to the build', async () => {
    const distDir = await mkdtemp(join(tmpdir(), 'tpgo-dist-'));
    const c = capture();
    expect(await main([], c.io, { mashupDir, distDir })).toBe(EXIT.ok);
    expect(PASTE_FILE).toBe(`${MASHUP_NAME}.paste.js`);
    expect(await readFile(join(distDir, PASTE_FILE), 'utf8')).toBe(js);
  });

  it('writes a zip holding a folder with the .js and the .cfg', async () => {
    const distDir = await mkdtemp(join(tmpdir(), 'tpgo-dist-'));
    expect(await main([], capture().io, { mashupDir, distDir })).toBe(EXIT.ok);
    const entries = unzipSync(new Uint8Array(await readFile(join(distDir, ZIP_FILE))));
    const files = Object.keys(entries).filter((name) => !name.endsWith('/'));
    expect(files.sort()).toEqual([
      `${MASHUP_NAME}/${MASHUP_NAME}.cfg`,
      `${MASHUP_NAME}/${MASHUP_NAME}.js`,
    ]);
    expect(strFromU8(entries[`${MASHUP_NAME}/${MASHUP_NAME}.js`])).toBe(js);
    expect(strFromU8(entries[`${MASHUP_NAME}/${MASHUP_NAME}.cfg`])).toBe(cfg);
  });

  it('prints the name, placeholders and steps to type, and saves them beside the files', async () => {
    const distDir = await mkdtemp(join(tmpdir(), 'tpgo-dist-'));
    const c = capture();
    await main([], c.io, { mashupDir, distDir });
    const placeholders = /^Placeholders:(.*)$/m.exec(cfg)?.[1].trim();
    const text = c.out.join('\n');
    expect(text).toContain('Settings > Mashups');
    expect(text).toContain('Add New Mashup');
    expect(text).toContain('Name:         Google OAuth Assistant');
    expect(text).toContain(`Placeholders: ${placeholders}`);
    expect(text).toContain(join(distDir, PASTE_FILE));
    expect(text).toMatch(/Enabled/);
    expect(c.err).toEqual([]);
    const saved = await readFile(join(distDir, INSTRUCTIONS_FILE), 'utf8');
    expect(saved).toContain(`Placeholders: ${placeholders}`);
  });

  it('asks for a build when mashup/ is empty (exit 8), and refuses unknown arguments (exit 2)', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tpgo-empty-'));
    const c = capture();
    expect(await main([], c.io, { mashupDir: empty, distDir: empty })).toBe(EXIT.noBuild);
    expect(c.err[0]).toMatch(/Next: run npm run build/);
    expect(await main(['--out'], capture().io, { mashupDir, distDir: empty })).toBe(EXIT.usage);
  });
});
