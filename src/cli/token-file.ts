// `--token-file <path>` and `--token-file -` (standard input): the ways a token reaches the CLI
// without being on its command line, which npm prints in its `>` line before we run.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';

/** Anything longer is not an access token; it is not read further. */
const MAX_TOKEN_FILE_BYTES = 64 * 1024;

export type TokenRead = { ok: true; token: string } | { ok: false; message: string };

/** Standard input as text, or null when it is a terminal (a token typed there would show). */
export async function readProcessStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_TOKEN_FILE_BYTES) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The one token the text holds (a trailing newline trimmed), or why it holds none. */
export function tokenFromText(text: string, where: string): TokenRead {
  const token = text.trim();
  if (token === '') {
    return {
      ok: false,
      message: `${where} is empty. Next: put the administrator's access token in it, on one line.`,
    };
  }
  // Never quoted: whatever the file holds may be the token.
  if (/\s/.test(token) || Buffer.byteLength(token) > 4096) {
    return {
      ok: false,
      message: `${where} holds more than one line or word (not shown). Next: leave only the access token in it.`,
    };
  }
  return { ok: true, token };
}

/**
 * Reads the token from `path`, relative to the folder npm was started in (npm runs the script
 * from the repository's root and says where the user was in INIT_CWD), or from `readStdin` for -.
 * The path is not printed: it might itself be a token given to the wrong option.
 */
export async function readTokenFile(
  path: string,
  env: Record<string, string | undefined>,
  readStdin: () => Promise<string | null>,
): Promise<TokenRead> {
  if (path === '-') {
    const text = await readStdin();
    if (text === null) {
      return {
        ok: false,
        message:
          '--token-file - reads the token from standard input, which is a terminal here. Next: pipe it in (e.g. `pass show tp | npm run deploy -- --token-file - …`), or set TP_TOKEN.',
      };
    }
    return tokenFromText(text, 'Standard input (--token-file -)');
  }
  const base = env.INIT_CWD ?? process.cwd();
  const full = isAbsolute(path) ? path : resolve(base, path);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    const what = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`;
    return {
      ok: false,
      message: `The file given to --token-file ${what} (a relative path starts from ${base}). Next: check the path, or set TP_TOKEN.`,
    };
  }
  if (bytes.length > MAX_TOKEN_FILE_BYTES) {
    return {
      ok: false,
      message: `The file given to --token-file is over 64 KiB, not an access token. Next: check the path.`,
    };
  }
  return tokenFromText(bytes.toString('utf8'), 'The file given to --token-file');
}
