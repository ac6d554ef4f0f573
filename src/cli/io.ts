// What the two commands share with the outside world: output, the built files, "am I the script".
import { readFile, readdir, realpath } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { MASHUP_NAME } from '../../mashup.config.js';
import { mashupPathProblem, placeholdersFromCfg } from './mashup-api.js';
import { printable } from './text.js';

/** Line-oriented output, so tests capture exactly what a user would see. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/**
 * A stream that stops taking lines once its reader has gone (`deploy --help | head`): the
 * pipe's EPIPE ends the output quietly instead of crashing with a stack trace.
 */
function lines(stream: NodeJS.WriteStream): (line: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    open = false;
    if (error.code !== 'EPIPE') process.exitCode ||= 1;
  });
  return (line) => {
    if (open) stream.write(`${line}\n`);
  };
}

export const processIo: CliIo = {
  out: lines(process.stdout),
  err: lines(process.stderr),
};

export const DEFAULT_MASHUP_DIR = fileURLToPath(new URL('../../mashup/', import.meta.url));
export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** One file of the install: its path inside the folder ('/'-separated) and its bytes. */
export interface MashupFileOnDisk {
  path: string;
  bytes: Buffer;
}

export interface BuiltMashup {
  /** The script Targetprocess runs (the whole mashup, or the loader of the split install). */
  jsName: string;
  cfgName: string;
  js: string;
  cfg: string;
  placeholders: string;
  /**
   * Every file under the folder, sub-folders included, README.md at the top left out: the main
   * script first, then the rest by path. The .cfg is among them.
   */
  files: MashupFileOnDisk[];
}

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

// Deeper than any layout we build; a guard against a link loop or a runaway folder.
const MAX_DEPTH = 8;
const MAX_FILES = 200;

/**
 * Every regular file under `dir`. A symbolic link, or a name that could leave the folder once
 * written by Mashup Manager or unpacked on a Windows server, is refused rather than skipped, so
 * the install sent is always exactly the folder's contents.
 */
async function readTree(dir: string): Promise<Read<MashupFileOnDisk[]>> {
  const found: MashupFileOnDisk[] = [];
  const walk = async (rel: string[]): Promise<string | null> => {
    if (rel.length > MAX_DEPTH) return `${rel.join('/')} is nested more than ${MAX_DEPTH} deep`;
    const entries = await readdir(join(dir, ...rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const parts = [...rel, entry.name];
      const path = parts.join('/');
      const problem = mashupPathProblem(path);
      if (problem) return `refusing the file name ${JSON.stringify(printable(path))}: ${problem}`;
      if (entry.isSymbolicLink()) {
        return `refusing ${path}: it is a symbolic link, which could point outside the folder`;
      }
      if (entry.isDirectory()) {
        const inner = await walk(parts);
        if (inner) return inner;
      } else if (entry.isFile()) {
        if (rel.length === 0 && entry.name === 'README.md') continue;
        if (found.length >= MAX_FILES) return `more than ${MAX_FILES} files`;
        found.push({ path, bytes: await readFile(join(dir, ...parts)) });
      } else {
        return `refusing ${path}: it is not a regular file`;
      }
    }
    return null;
  };
  const problem = await walk([]);
  if (problem) return { ok: false, problem };
  // Targetprocess's servers run Windows, whose file names ignore case: one of the two would win.
  const seen = new Map<string, string>();
  for (const { path } of found) {
    const twin = seen.get(path.toLowerCase());
    if (twin) return { ok: false, problem: `${twin} and ${path} differ only in case` };
    seen.set(path.toLowerCase(), path);
  }
  return { ok: true, value: found };
}

/** The build's output, every file of it, or the one-line reason it cannot be used. */
export async function readBuiltMashup(
  dir: string,
): Promise<{ ok: true; mashup: BuiltMashup } | { ok: false; problem: string }> {
  const jsName = `${MASHUP_NAME}.js`;
  const cfgName = `${MASHUP_NAME}.cfg`;
  const missing = {
    ok: false as const,
    problem: `The built mashup is missing (${join(dir, jsName)} and ${cfgName}). Next: run npm run build.`,
  };
  let tree: Read<MashupFileOnDisk[]>;
  try {
    tree = await readTree(dir);
  } catch {
    return missing;
  }
  if (!tree.ok) {
    return { ok: false, problem: `The built mashup in ${dir} cannot be used: ${tree.problem}.` };
  }
  const main = tree.value.find((f) => f.path === jsName);
  const cfgFile = tree.value.find((f) => f.path === cfgName);
  if (!main || !cfgFile) return missing;
  const js = main.bytes.toString('utf8');
  const cfg = cfgFile.bytes.toString('utf8');
  const placeholders = placeholdersFromCfg(cfg);
  if (js.trim() === '' || placeholders === null) {
    return {
      ok: false,
      problem: `The built mashup in ${dir} is empty or its ${cfgName} has no Placeholders line. Next: run npm run build.`,
    };
  }
  const files = [main, ...tree.value.filter((f) => f !== main)];
  return { ok: true, mashup: { jsName, cfgName, js, cfg, placeholders, files } };
}

/** True when the module at `metaUrl` is the script node (or tsx) was asked to run. */
export async function isEntryPoint(metaUrl: string): Promise<boolean> {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return (await realpath(script)) === (await realpath(fileURLToPath(metaUrl)));
  } catch {
    return false;
  }
}
