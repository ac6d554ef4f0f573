// What the two commands share with the outside world: output, the built files, "am I the script".
import { readFile, realpath } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { MASHUP_NAME } from '../../mashup.config.js';
import { placeholdersFromCfg } from './mashup-api.js';

/** Line-oriented output, so tests capture exactly what a user would see. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Output that cannot leak a secret: every line is searched for each secret (and its URL-encoded
 * form) and masks it, whatever code path produced the line.
 */
export function redactingIo(io: CliIo, secrets: string[]): CliIo {
  const needles = secrets
    .filter((s) => s.length >= 3)
    .flatMap((s) => [s, encodeURIComponent(s)])
    .sort((a, b) => b.length - a.length);
  const mask = (line: string) => needles.reduce((text, s) => text.split(s).join('***'), line);
  return { out: (line) => io.out(mask(line)), err: (line) => io.err(mask(line)) };
}

export const DEFAULT_MASHUP_DIR = fileURLToPath(new URL('../../mashup/', import.meta.url));
export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface BuiltMashup {
  jsName: string;
  cfgName: string;
  js: string;
  cfg: string;
  placeholders: string;
}

/** The build's output, or the one-line reason it cannot be used. */
export async function readBuiltMashup(
  dir: string,
): Promise<{ ok: true; mashup: BuiltMashup } | { ok: false; problem: string }> {
  const jsName = `${MASHUP_NAME}.js`;
  const cfgName = `${MASHUP_NAME}.cfg`;
  let js: string;
  let cfg: string;
  try {
    [js, cfg] = await Promise.all([
      readFile(join(dir, jsName), 'utf8'),
      readFile(join(dir, cfgName), 'utf8'),
    ]);
  } catch {
    return {
      ok: false,
      problem: `The built mashup is missing (${join(dir, jsName)} and ${cfgName}). Next: run npm run build.`,
    };
  }
  const placeholders = placeholdersFromCfg(cfg);
  if (js.trim() === '' || placeholders === null) {
    return {
      ok: false,
      problem: `The built mashup in ${dir} is empty or its ${cfgName} has no Placeholders line. Next: run npm run build.`,
    };
  }
  return { ok: true, mashup: { jsName, cfgName, js, cfg, placeholders } };
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
