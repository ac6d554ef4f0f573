import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { MASHUP_NAME } from '../../../mashup.config.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { INSTRUCTIONS_FILE, PASTE_FILE, ZIP_FILE, main } from '../../../src/cli/package.js';
import { SINGLE_LAYOUT, SPLIT_LAYOUT, capture, mashupDirWith } from './support.js';

const JS = `${MASHUP_NAME}.js`;
const CFG = `${MASHUP_NAME}.cfg`;
const PASTE_BUILD = '(function(){tau.mashups.addMashup(function(){ /* paste build */ });})();\n';

const tempDir = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

async function zipEntries(distDir: string): Promise<Record<string, string>> {
  const entries = unzipSync(new Uint8Array(await readFile(join(distDir, ZIP_FILE))));
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([name]) => !name.endsWith('/'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

describe("npm run package: today's single-file build", () => {
  it('writes the paste file dist/<name>.js, identical to the build', async () => {
    const mashupDir = await mashupDirWith(SINGLE_LAYOUT);
    const distDir = await tempDir('tpgo-dist-');
    expect(await main([], capture().io, { mashupDir, distDir })).toBe(EXIT.ok);
    expect(PASTE_FILE).toBe(JS);
    expect(await readFile(join(distDir, PASTE_FILE), 'utf8')).toBe(SINGLE_LAYOUT[JS]);
  });

  it('replaces a copy an earlier run left in dist/ (never a stale paste file)', async () => {
    const mashupDir = await mashupDirWith(SINGLE_LAYOUT);
    const distDir = await tempDir('tpgo-dist-');
    await writeFile(join(distDir, PASTE_FILE), 'old build');
    expect(await main([], capture().io, { mashupDir, distDir })).toBe(EXIT.ok);
    expect(await readFile(join(distDir, PASTE_FILE), 'utf8')).toBe(SINGLE_LAYOUT[JS]);
  });

  it('writes a zip holding a folder with the .js and the .cfg, not the README', async () => {
    const mashupDir = await mashupDirWith(SINGLE_LAYOUT);
    const distDir = await tempDir('tpgo-dist-');
    expect(await main([], capture().io, { mashupDir, distDir })).toBe(EXIT.ok);
    expect(await zipEntries(distDir)).toEqual({
      [`${MASHUP_NAME}/${CFG}`]: SINGLE_LAYOUT[CFG],
      [`${MASHUP_NAME}/${JS}`]: SINGLE_LAYOUT[JS],
    });
  });

  it('prints the name, placeholders and steps to type, and saves them beside the files', async () => {
    const mashupDir = await mashupDirWith(SINGLE_LAYOUT);
    const distDir = await tempDir('tpgo-dist-');
    const c = capture();
    await main([], c.io, { mashupDir, distDir });
    const text = c.out.join('\n');
    expect(text).toContain('Settings > Mashups');
    expect(text).toContain('Add New Mashup');
    expect(text).toContain('Name:         Google OAuth Assistant');
    expect(text).toContain('Placeholders: a,b,c');
    expect(text).toContain(join(distDir, PASTE_FILE));
    expect(text).toMatch(/Enabled/);
    expect(c.err).toEqual([]);
    const saved = await readFile(join(distDir, INSTRUCTIONS_FILE), 'utf8');
    expect(saved).toContain('Placeholders: a,b,c');
  });
});

describe('npm run package: the split install', () => {
  it('zips the whole tree of mashup/, sub-folders kept, inside one folder', async () => {
    const mashupDir = await mashupDirWith(SPLIT_LAYOUT);
    const distDir = await tempDir('tpgo-dist-');
    await writeFile(join(distDir, PASTE_FILE), PASTE_BUILD);
    const c = capture();
    expect(await main([], c.io, { mashupDir, distDir })).toBe(EXIT.ok);
    expect(await zipEntries(distDir)).toEqual({
      [`${MASHUP_NAME}/${JS}`]: SPLIT_LAYOUT[JS],
      [`${MASHUP_NAME}/${CFG}`]: SPLIT_LAYOUT[CFG],
      [`${MASHUP_NAME}/chunks/editor.js`]: SPLIT_LAYOUT['chunks/editor.js'],
      [`${MASHUP_NAME}/chunks/mashup.ignore`]: '',
      [`${MASHUP_NAME}/chunks/plugins.js`]: SPLIT_LAYOUT['chunks/plugins.js'],
    });
    expect(c.out.join('\n')).toContain('chunks/editor.js');
  });

  it("keeps the paste build's dist/<name>.js as it is: the loader is not a paste file", async () => {
    const mashupDir = await mashupDirWith(SPLIT_LAYOUT);
    const distDir = await tempDir('tpgo-dist-');
    await writeFile(join(distDir, PASTE_FILE), PASTE_BUILD);
    expect(await main([], capture().io, { mashupDir, distDir })).toBe(EXIT.ok);
    expect(await readFile(join(distDir, PASTE_FILE), 'utf8')).toBe(PASTE_BUILD);
  });

  it('without a paste build, or with one older than the loader: exit 8 and the next step', async () => {
    const mashupDir = await mashupDirWith(SPLIT_LAYOUT);
    const missing = await tempDir('tpgo-dist-');
    const c = capture();
    expect(await main([], c.io, { mashupDir, distDir: missing })).toBe(EXIT.noBuild);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/only a loader.*missing\. Next: run npm run package/);

    const stale = await tempDir('tpgo-dist-');
    await writeFile(join(stale, PASTE_FILE), PASTE_BUILD);
    const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    await utimes(join(stale, PASTE_FILE), lastWeek, lastWeek);
    const d = capture();
    expect(await main([], d.io, { mashupDir, distDir: stale })).toBe(EXIT.noBuild);
    expect(d.err[0]).toMatch(/older than that build/);
  });
});

describe('npm run package: usage', () => {
  it('asks for a build when mashup/ is empty (exit 8)', async () => {
    const empty = await tempDir('tpgo-empty-');
    const c = capture();
    expect(await main([], c.io, { mashupDir: empty, distDir: empty })).toBe(EXIT.noBuild);
    expect(c.err[0]).toMatch(/Next: run npm run build/);
  });

  it('refuses any argument (exit 2) without echoing it', async () => {
    const mashupDir = await mashupDirWith(SINGLE_LAYOUT);
    const c = capture();
    const stray = 'MTpTZWNyZXRUb2tlbg==';
    expect(await main([stray], c.io, { mashupDir, distDir: mashupDir })).toBe(EXIT.usage);
    expect(c.err).toEqual(['package: unexpected argument (not shown); it takes none (see --help)']);
  });
});
