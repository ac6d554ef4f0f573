// `npm run package`: the two installs that need no API.
// (a) dist/<name>.js, the paste file: ONE self-contained script for the Code box of Settings >
//     Mashups > Add New Mashup (Mashup Manager's UI sends one file);
// (b) dist/<name>.zip, the split install (everything mashup/ holds, sub-folders kept, in a folder
//     <name>/) to unpack into an on-premise Targetprocess's Mashups directory. Those servers run
//     Windows/IIS, where zip opens natively.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { MASHUP_NAME, MASHUP_TITLE } from '../../mashup.config.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { nameFromTitle } from './mashup-api.js';
import {
  type CliIo,
  type BuiltMashup,
  DEFAULT_DIST_DIR,
  DEFAULT_MASHUP_DIR,
  isEntryPoint,
  processIo,
  readBuiltMashup,
} from './io.js';

export const PASTE_FILE = `${MASHUP_NAME}.js`;
export const ZIP_FILE = `${MASHUP_NAME}.zip`;
export const INSTRUCTIONS_FILE = `${MASHUP_NAME}.install.txt`;

// The paste build writes dist/<name>.js on its own; a file written up to this long before the
// loader still counts as the same build (one webpack run may write the two in either order).
const SAME_BUILD_MS = 60_000;

/** The steps an administrator follows, with the exact values to type. */
export function instructions(mashup: BuiltMashup, pasteFile: string, zipFile: string): string[] {
  return [
    'Install by hand (Targetprocess in the cloud or on-premise):',
    '  1. Open Settings > Mashups (under System Settings) and choose Add New Mashup.',
    `  2. Name:         ${nameFromTitle(MASHUP_TITLE)}`,
    `  3. Placeholders: ${mashup.placeholders}`,
    `  4. Code:         paste the whole of ${pasteFile}`,
    '  5. Switch Enabled on, then Save.',
    '',
    'Install on an on-premise server instead:',
    `  unpack ${zipFile} into the Mashups directory of the Targetprocess installation`,
    `  (it holds a folder ${MASHUP_NAME}/ with ${mashup.files.map((f) => f.path).join(', ')}).`,
  ];
}

/** The zip for an on-premise Mashups directory: one folder named after the mashup, as mashup/. */
export function buildZip(mashup: BuiltMashup, mtime: Date): Uint8Array {
  const tree: Zippable = {};
  for (const file of mashup.files) {
    tree[`${MASHUP_NAME}/${file.path}`] = new Uint8Array(file.bytes);
  }
  return zipSync(tree, { level: 9, mtime });
}

/**
 * The one-file script to paste. Today's build (one script in mashup/) IS that script, so it is
 * copied from there. Once the build writes the split install (mashup/<name>.js is then only a
 * loader, with chunks beside it), the paste file comes from its own webpack build
 * (`webpack --mode production --env paste`, writing dist/<name>.js) and is taken from dist/ as it
 * is, provided it is not older than the loader. The layout, not the mere presence of the file,
 * decides: a copy left in dist/ by an earlier run must never pass for a fresh paste build.
 */
async function pasteScript(
  mashup: BuiltMashup,
  mashupDir: string,
  pastePath: string,
): Promise<{ ok: true; js: string; copied: boolean } | { ok: false; problem: string }> {
  const split = mashup.files.some((f) => f.path !== mashup.jsName && f.path.endsWith('.js'));
  if (!split) return { ok: true, js: mashup.js, copied: true };
  const loaderTime = (await stat(join(mashupDir, mashup.jsName))).mtimeMs;
  const pasteTime = await stat(pastePath).then(
    (s) => s.mtimeMs,
    () => null,
  );
  if (pasteTime === null || pasteTime < loaderTime - SAME_BUILD_MS) {
    return {
      ok: false,
      problem: `mashup/ holds the split install, whose ${mashup.jsName} is only a loader, and the paste file ${shown(pastePath)} is ${pasteTime === null ? 'missing' : 'older than that build'}. Next: run npm run package, which builds both.`,
    };
  }
  const js = await readFile(pastePath, 'utf8');
  if (js.trim() === '')
    return { ok: false, problem: `${shown(pastePath)} is empty. Next: run npm run package.` };
  return { ok: true, js, copied: false };
}

/** A path as the user would type it from here: dist/x.zip rather than /home/me/repo/dist/x.zip. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export interface PackageOptions {
  mashupDir?: string;
  distDir?: string;
}

export async function main(
  argv: string[],
  io: CliIo,
  options: PackageOptions = {},
): Promise<ExitCode> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out('Usage: npm run package');
    io.out('Writes dist/ with the file to paste into Settings > Mashups and a zip for on-premise.');
    return EXIT.ok;
  }
  if (argv.length > 0) {
    // Not echoed: a stray argument may be a token pasted in the wrong place.
    io.err('package: unexpected argument (not shown); it takes none (see --help)');
    return EXIT.usage;
  }
  const mashupDir = options.mashupDir ?? DEFAULT_MASHUP_DIR;
  const built = await readBuiltMashup(mashupDir);
  if (!built.ok) {
    io.err(`package: ${built.problem}`);
    return EXIT.noBuild;
  }
  const { mashup } = built;
  const distDir = options.distDir ?? DEFAULT_DIST_DIR;
  const pastePath = join(distDir, PASTE_FILE);
  const zipPath = join(distDir, ZIP_FILE);
  const paste = await pasteScript(mashup, mashupDir, pastePath);
  if (!paste.ok) {
    io.err(`package: ${paste.problem}`);
    return EXIT.noBuild;
  }
  try {
    // The zip's dates are the build's, so re-packaging an unchanged build gives the same bytes.
    const { mtime } = await stat(join(mashupDir, mashup.jsName));
    await mkdir(distDir, { recursive: true });
    if (paste.copied) await writeFile(pastePath, paste.js, 'utf8');
    await writeFile(zipPath, buildZip(mashup, mtime));
    const steps = instructions(mashup, shown(pastePath), shown(zipPath));
    await writeFile(join(distDir, INSTRUCTIONS_FILE), `${steps.join('\n')}\n`, 'utf8');
    io.out(
      `${paste.copied ? 'Wrote' : 'Kept'} ${shown(pastePath)} (${Buffer.byteLength(paste.js, 'utf8')} bytes, the paste file)`,
    );
    io.out(`Wrote ${shown(zipPath)} (${mashup.files.length} files, the split install)`);
    io.out('');
    steps.forEach((line) => io.out(line));
  } catch (error) {
    io.err(
      `package: cannot write ${distDir}: ${(error as Error).message}. Next: check that folder is writable.`,
    );
    return EXIT.internal;
  }
  return EXIT.ok;
}

if (await isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), processIo);
}
