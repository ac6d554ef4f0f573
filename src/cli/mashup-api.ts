// Pure pieces of the deploy command: no network, no files, no process. Mashup Manager's API is
// described in HOST.md §2: plugin commands POSTed to {app}/api/v1/Plugins.asmx/Mashup%20Manager.

/** Exit codes scripts can rely on. Documented in the README; never renumber. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  badAnswer: 5,
  network: 6,
  rejected: 7,
  noBuild: 8,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type MashupCommand = 'GetMashupInfo' | 'AddMashup' | 'UpdateMashup';

/**
 * The largest answer read from Targetprocess. GetMashupInfo echoes every file of the mashup (ours
 * are about 120 KB together); anything near this size is not Mashup Manager, and reading on would
 * let a hostile or broken server fill the memory (a 3 GB answer crashed Node).
 */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

export type Auth =
  { kind: 'token'; token: string } | { kind: 'basic'; user: string; password: string };

export interface MashupFile {
  FileName: string;
  Content: string;
}

export interface MashupBody {
  Name: string;
  OldName?: string;
  Placeholders: string;
  Files: MashupFile[];
  MashupMetaInfo: { IsEnabled: boolean };
}

export interface HttpRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
}

// Mashup Manager refuses other characters in names (HOST.md §2).
const VALID_NAME = /^[A-Za-z0-9_ ]+$/;

/** Why a mashup name would be refused, or null when Targetprocess accepts it. */
export function nameProblem(name: string): string | null {
  if (name.trim() === '') return 'the mashup name is empty';
  if (!VALID_NAME.test(name)) {
    return `the mashup name "${printable(name)}" may hold only letters, digits, spaces and underscores`;
  }
  return null;
}

/** A valid mashup name made from a display title: "Google OAuth Assistant" stays as it is. */
export function nameFromTitle(title: string): string {
  const name = title
    .replace(/[^A-Za-z0-9_ ]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return name === '' ? 'Mashup' : name;
}

/** The placeholders of a .cfg file (`Placeholders:a,b,c`), joined as Mashup Manager wants them. */
export function placeholdersFromCfg(cfg: string): string | null {
  for (const line of cfg.split(/\r?\n/)) {
    const match = /^\s*Placeholders\s*:(.*)$/i.exec(line);
    if (match) {
      const list = match[1]
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      return list.length > 0 ? list.join(',') : null;
    }
  }
  return null;
}

// What Targetprocess keeps of a mashup's files across a restart (HOST.md §2): others vanish.
export const KEPT_EXTENSIONS = ['.js', '.json', '.css', '.cfg', '.ignore'];

/**
 * Why a file path inside the mashup's folder must not be used, or null when it is safe: relative,
 * '/'-separated, no empty, '.' or '..' part, nothing Windows reads as a separator or a drive
 * (Targetprocess runs on Windows), no control characters. Mashup Manager refuses a name that
 * leaves the folder ("Bad mashup file name"); this refuses it before anything is sent.
 */
export function mashupPathProblem(path: string): string | null {
  const parts = path.split('/');
  if (path.length > 200) return 'the path is longer than 200 characters';
  if (parts.some((p) => p === '' || p === '.' || p === '..')) {
    return 'the path is absolute, or has an empty, "." or ".." part';
  }
  if (/[\\:*?"<>|]/.test(path) || printable(path) !== path) {
    return 'the path holds a character Windows or a terminal reads specially';
  }
  return null;
}

/**
 * The application root from what the user typed: http(s) only, no credentials, no query, no
 * trailing slash, the virtual directory kept (https://tp.example.com/TargetProcess).
 */
export function parseAppUrl(
  input: string,
): { ok: true; root: string } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: `"${printable(scrubText(input))}" is not a URL` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      problem: `the URL must start with https:// (got ${printable(url.protocol)})`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      problem: 'put no user name or password in the URL; use TP_TOKEN or TP_USER/TP_PASSWORD',
    };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, root: `${url.origin}${path}` };
}

export function commandUrl(root: string, command: MashupCommand, auth: Auth): string {
  const base = `${root}/api/v1/Plugins.asmx/Mashup%20Manager/Commands/${command}`;
  return auth.kind === 'token' ? `${base}?access_token=${encodeURIComponent(auth.token)}` : base;
}

/** One HTTP request for one Mashup Manager command. GetMashupInfo takes the bare name as its body. */
export function buildRequest(
  root: string,
  command: MashupCommand,
  body: MashupBody | string,
  auth: Auth,
): HttpRequest {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type':
      typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
  };
  if (auth.kind === 'basic') {
    const pair = Buffer.from(`${auth.user}:${auth.password}`, 'utf8').toString('base64');
    headers.Authorization = `Basic ${pair}`;
  }
  return {
    method: 'POST',
    url: commandUrl(root, command, auth),
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

export function mashupBody(
  name: string,
  placeholders: string,
  files: MashupFile[],
  oldName?: string,
): MashupBody {
  // IsEnabled on every save: without MashupMetaInfo Targetprocess stores the mashup disabled.
  return {
    Name: name,
    ...(oldName === undefined ? {} : { OldName: oldName }),
    Placeholders: placeholders,
    Files: files,
    MashupMetaInfo: { IsEnabled: true },
  };
}

/** A URL safe to print: no user info, the access token shown as ***. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    const query = parsed.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '')
      .map((pair) => (/^access_token=/i.test(pair) ? 'access_token=***' : pair));
    parsed.search = '';
    return `${parsed.toString()}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  } catch {
    return scrubText(url);
  }
}

// Terminal escape sequences first (CSI, OSC, and the two-character forms), then whatever control
// character is left: C0, DEL, C1, and the bidirectional overrides that reorder what is shown.
// Matching control characters is the point of these two patterns.
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Text from the server (or any outside source) made safe to print on one terminal line: escape
 * sequences removed whole, other control characters (line breaks and tabs included) become a
 * space, so a crafted answer can neither clear the screen nor forge a second line.
 */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, ' ');
}

/** Any access_token=… left in free text (an error message quoting a URL) becomes ***. */
export function scrubText(text: string): string {
  return text.replace(/(access_token=)[^&\s"'<>]*/gi, '$1***').replace(/(\/\/)[^/@\s]+@/g, '$1');
}

/** The body as --dry-run prints it: the code replaced by its size. */
export function describeBody(body: MashupBody | string): string {
  if (typeof body === 'string') return body;
  return JSON.stringify({
    ...body,
    Files: body.Files.map((f) => ({
      FileName: f.FileName,
      Content: `<${Buffer.byteLength(f.Content, 'utf8')} bytes>`,
    })),
  });
}

export function describeRequest(request: HttpRequest, body: MashupBody | string): string[] {
  return [`${request.method} ${displayUrl(request.url)}`, describeBody(body)];
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  location?: string | null;
  text: string;
}

export type Outcome =
  | { kind: 'ok'; data: unknown }
  | { kind: 'absent' }
  | { kind: 'fail'; exit: ExitCode; message: string };

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

/** Where a redirect points, printable; a Location that is no URL is said to be so, not thrown. */
function redirectTarget(location: string | null | undefined, base: string): string {
  if (!location) return 'elsewhere';
  try {
    return printable(displayUrl(new URL(location, base).toString()));
  } catch {
    return 'an address that is not a valid URL';
  }
}

/** The one-line message for an answer longer than MAX_ANSWER_BYTES (exit EXIT.badAnswer). */
export function tooLargeProblem(url: string): string {
  return `The answer from ${displayUrl(url)} is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, far more than Mashup Manager sends; reading stopped there. Next: check --url is the address you open Targetprocess at.`;
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
        message: `Expected JSON from ${where} but got ${what} (HTTP ${status}, ${printable(answer.contentType) || 'no content type'}), perhaps a single sign-on login page. Next: use the direct Targetprocess address and an access token.`,
      };
    }
  }
  const errors = fieldErrors(data);
  if (errors) {
    const text = errors.map((e) => printable(e.Message).trim()).join('; ');
    if (command === 'GetMashupInfo' && errors.some((e) => /doesn't exist/i.test(e.Message))) {
      return { kind: 'absent' };
    }
    const clash = /already exists/i.test(text);
    return {
      kind: 'fail',
      exit: EXIT.rejected,
      message: `Targetprocess rejected ${command}: ${text}. Next: ${
        clash
          ? 'choose another name with --name, or rename or delete the other mashup in Settings > Mashups.'
          : 'fix what it names and run again.'
      }`,
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

/** The one-line message for an error thrown by fetch (timeout, refused, DNS, TLS). */
export function networkProblem(error: unknown, url: string, timeoutMs: number): string {
  const where = displayUrl(url);
  const err = error as { name?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return `No answer from ${where} within ${timeoutMs} ms. Next: check the address and your network, or allow more time with --timeout.`;
  }
  const code = err?.cause?.code ?? '';
  if (code === 'ECONNREFUSED') {
    return `Connection refused by ${new URL(url).host}. Next: check the host and port in --url and that Targetprocess is running.`;
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `Cannot find the host ${new URL(url).hostname} (DNS). Next: check the spelling of --url.`;
  }
  if (/CERT|SSL|TLS/i.test(code)) {
    return `The TLS certificate of ${new URL(url).host} was not accepted (${code}). Next: for a private certificate authority set NODE_EXTRA_CA_CERTS to its certificate file.`;
  }
  const detail = printable(code || scrubText(err?.cause?.message ?? ''));
  return `Could not reach ${where}${detail ? ` (${detail})` : ''}. Next: check the address and your network, then run again.`;
}
