// What an answer from Mashup Manager means: the data, "no such mashup", or a one-line failure
// with its exit code and the next step.
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Auth, MashupCommand } from './mashup-api.js';
import { capText, displayUrl, originAndPath } from './text.js';

/** About this much of each error text a server sends is printed. */
export const MAX_ERROR_CHARS = 500;
// And this many of its errors; the rest are counted.
const MAX_ERRORS = 5;

export interface HttpAnswer {
  status: number;
  contentType: string;
  location?: string | null;
  text: string;
}

export type Outcome =
  | { kind: 'ok'; data: unknown }
  | { kind: 'absent' }
  | {
      kind: 'fail';
      exit: ExitCode;
      /** One line, ending with the next step. */
      message: string;
      /** Lines printed under it (one per error the server listed). */
      details?: string[];
    };

interface FieldError {
  FieldName?: unknown;
  Message: string;
}

function fieldErrors(data: unknown): FieldError[] | null {
  if (!Array.isArray(data)) return null;
  const errors = data.filter(
    (e): e is FieldError =>
      typeof e === 'object' && e !== null && typeof (e as FieldError).Message === 'string',
  );
  return errors.length > 0 && errors.length === data.length ? errors : null;
}

function looksLikeHtml(contentType: string, text: string): boolean {
  return /html/i.test(contentType) || /^\s*</.test(text);
}

/** Where a redirect points (origin and path); a Location that is no URL is said to be so. */
function redirectTarget(location: string | null | undefined, base: string): string {
  if (!location) return 'elsewhere';
  try {
    return originAndPath(new URL(location, base));
  } catch {
    return 'an address that is not a valid URL';
  }
}

/**
 * What a Mashup Manager answer means. `url` is only for messages, and is printed scrubbed.
 * Every failure message is one line that ends with the next step.
 */
export function interpretResponse(
  command: MashupCommand,
  answer: HttpAnswer,
  url: string,
  auth: Auth,
): Outcome {
  const where = displayUrl(url);
  const { status } = answer;
  const credentials = auth.kind === 'token' ? 'the access token' : 'TP_USER/TP_PASSWORD';
  if (status === 401) {
    return {
      kind: 'fail',
      exit: EXIT.auth,
      message: `Targetprocess did not accept ${credentials} (HTTP 401). Next: check it is current and belongs to an administrator (Settings > Access Tokens), then run again.`,
    };
  }
  if (status === 403) {
    return {
      kind: 'fail',
      exit: EXIT.auth,
      message: `Targetprocess refused ${credentials} (HTTP 403): only administrators may manage mashups. Next: use an administrator's token.`,
    };
  }
  if (status === 404) {
    return {
      kind: 'fail',
      exit: EXIT.notFound,
      message: `No Mashup Manager at ${where} (HTTP 404). Next: check --url is the address you open Targetprocess at, including any virtual directory (e.g. https://tp.example.com/TargetProcess), and that the Mashup Manager plugin is installed.`,
    };
  }
  if (status >= 300 && status < 400) {
    const target = redirectTarget(answer.location, url);
    return {
      kind: 'fail',
      exit: EXIT.badAnswer,
      message: `Targetprocess redirected ${where} to ${target} (HTTP ${status}), likely a sign-in page or another address. Next: pass the final address as --url, with an access token rather than single sign-on.`,
    };
  }
  let data: unknown = null;
  if (answer.text.trim() !== '') {
    try {
      data = JSON.parse(answer.text);
    } catch {
      const what = looksLikeHtml(answer.contentType, answer.text) ? 'a web page' : 'something';
      return {
        kind: 'fail',
        exit: EXIT.badAnswer,
        message: `Expected JSON from ${where} but got ${what} (HTTP ${status}, ${capText(answer.contentType, 100) || 'no content type'}), perhaps a single sign-on login page. Next: use the direct Targetprocess address and an access token.`,
      };
    }
  }
  const errors = fieldErrors(data);
  if (errors) {
    if (command === 'GetMashupInfo' && errors.some((e) => /doesn't exist/i.test(e.Message))) {
      return { kind: 'absent' };
    }
    // Each error on its own line, cut to MAX_ERROR_CHARS: a server may send a megabyte of text.
    const shown = errors.slice(0, MAX_ERRORS).map((e) => capText(e.Message, MAX_ERROR_CHARS));
    const more = errors.length - shown.length;
    const next = `Next: ${
      shown.some((text) => /already exists/i.test(text))
        ? 'choose another name with --name, or rename or delete the other mashup in Settings > Mashups.'
        : 'fix what it names and run again.'
    }`;
    if (errors.length === 1) {
      return {
        kind: 'fail',
        exit: EXIT.rejected,
        message: `Targetprocess rejected ${command}: ${shown[0].replace(/\.$/, '')}. ${next}`,
      };
    }
    return {
      kind: 'fail',
      exit: EXIT.rejected,
      message: `Targetprocess rejected ${command} with ${errors.length} errors. ${next}`,
      details: [
        ...shown.map((text) => `- ${text}`),
        ...(more > 0 ? [`- and ${more} more, not shown`] : []),
      ],
    };
  }
  if (status < 200 || status >= 300) {
    return {
      kind: 'fail',
      exit: EXIT.badAnswer,
      message: `Unexpected answer from ${where} (HTTP ${status}). Next: check Targetprocess is up and the Mashup Manager plugin is running, then run again.`,
    };
  }
  return { kind: 'ok', data };
}
