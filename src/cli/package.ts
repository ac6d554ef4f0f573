// `npm run package`: the two ways to install without the API.
// (a) dist/<name>.paste.js, the one file to paste into Settings > Mashups > Add New Mashup;
// (b) dist/<name>.zip, a folder <name>/ with the .js and .cfg to unpack into an on-premise
//     Targetprocess's Mashups directory. Those servers run Windows/IIS, where zip opens natively.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { MASHUP_NAME, MASHUP_TITLE } from '../../mashup.config.js';
import { EXIT, type ExitCode, nameFromTitle } from './mashup-api.js';
import {
  type CliIo,
  type BuiltMashup,
  DEFAULT_DIST_DIR,
  DEFAULT_MASHUP_DIR,
  isEntryPoint,
  processIo,
  readBuiltMashup,
} from './io.js';

export const PASTE_FILE = `${MASHUP_NAME}.paste.js`;
export const ZIP_FILE = `${MASHUP_NAME}.zip`;
export const INSTRUCTIONS_FILE = `${MASHUP_NAME}.install.txt`;

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
    `  (it holds a folder ${MASHUP_NAME}/ with ${mashup.jsName} and ${mashup.cfgName}).`,
  ];
}

/** The zip for an on-premise Mashups directory: one folder named after the mashup. */
export function buildZip(mashup: BuiltMashup, mtime: Date): Uint8Array {
  return zipSync(
    {
      [MASHUP_NAME]: {
        [mashup.jsName]: strToU8(mashup.js),
        [mashup.cfgName]: strToU8(mashup.cfg),
      },
    },
    { level: 9, mtime },
  );
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
    io.err(`package: unknown argument ${argv[0]} (see --help)`);
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
  try {
    // The zip's dates are the build's, so re-packaging an unchanged build gives the same bytes.
    const { mtime } = await stat(join(mashupDir, mashup.jsName));
    await mkdir(distDir, { recursive: true });
    await writeFile(pastePath, mashup.js, 'utf8');
    await writeFile(zipPath, buildZip(mashup, mtime));
    const steps = instructions(mashup, shown(pastePath), shown(zipPath));
    await writeFile(join(distDir, INSTRUCTIONS_FILE), `${steps.join('\n')}\n`, 'utf8');
    io.out(`Wrote ${shown(pastePath)} (${Buffer.byteLength(mashup.js, 'utf8')} bytes)`);
    io.out(`Wrote ${shown(zipPath)}`);
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
