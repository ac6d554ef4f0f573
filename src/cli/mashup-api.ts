// Mashup Manager's commands as data: names, file paths, placeholders, the requests and their
// bodies. No network, no files, no process. The API is described in docs/host.md §2: plugin commands
// POSTed to {app}/api/v1/Plugins.asmx/Mashup%20Manager/Commands/<command>.
import { displayUrl, printable, scrubText } from './text.js';

// test/replica/serve.ts takes printable from here.
export { printable };

export type MashupCommand = 'GetMashupInfo' | 'AddMashup' | 'UpdateMashup';

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

// Mashup Manager refuses other characters in names (docs/host.md §2).
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

// What Targetprocess keeps of a mashup's files across a restart (docs/host.md §2): others vanish.
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
