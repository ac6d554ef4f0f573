// Output that cannot leak a secret: each secret is found however a server or a proxy re-encoded
// it (a sign-on proxy's ReturnUrl holds our request URL percent-encoded once, twice or thrice).
import type { CliIo } from './io.js';
import { printable } from './text.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `%XX` for one byte, as any number of percent-encodings (up to four) would write it. */
function encodedByte(byte: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  const digit = (d: string) => (/[A-F]/.test(d) ? `[${d}${d.toLowerCase()}]` : d);
  return `%(?:25){0,3}${digit(hex[0])}${digit(hex[1])}`;
}

/** One character, plain or percent-encoded (its UTF-8 bytes), `+` or `%20` for a space. */
function characterPattern(char: string): string {
  const bytes = [...Buffer.from(char, 'utf8')].map(encodedByte).join('');
  const extra = char === ' ' ? '|\\+' : char === '/' ? '|\\\\/' : '';
  return `(?:${escape(char)}|${bytes}${extra})`;
}

/**
 * A pattern matching the secret in any mix of those encodings. A base64 token's `=` padding is
 * optional (and masked with it when present, as `=`, `%3D`, `%253D` …), so a token whose padding
 * was dropped or re-encoded is masked all the same.
 */
export function secretPattern(secret: string): RegExp {
  const core = secret.replace(/=+$/, '');
  const body = [...(core === '' ? secret : core)].map(characterPattern).join('');
  const padding = core === secret || core === '' ? '' : `(?:=|${encodedByte(0x3d)})*`;
  return new RegExp(`${body}${padding}`, 'g');
}

/** The line without any secret (shown as ***) and without control characters. */
export function maskSecrets(line: string, secrets: string[]): string {
  const patterns = secrets
    .filter((s) => s.length >= 3)
    .sort((a, b) => b.length - a.length)
    .map(secretPattern);
  // Stripped first, so a secret cut in two by an escape sequence is whole again when masked.
  return patterns.reduce((text, p) => text.replace(p, '***'), printable(line));
}

/**
 * Output whose every line is masked, whatever code path produced it. `secrets` is read at each
 * line, so a token read later (from a file or standard input) is masked from then on.
 */
export function redactingIo(io: CliIo, secrets: string[]): CliIo {
  return {
    out: (line) => io.out(maskSecrets(line, secrets)),
    err: (line) => io.err(maskSecrets(line, secrets)),
  };
}
