// The replica's HTTP server: the Targetprocess pages (editor, Plugins), a fake of the plugin
// profile API, the mashup runtime assets, the mashup itself (injected only on pages whose
// placeholders match its .cfg, as Targetprocess does), the local Google stand-in, and /demo/.
//
// Page query switches, as on a real page: `nomashups` turns every mashup off, the profile
// editor included (it is itself a mashup, docs/host.md §1). The replica's own, `replica=a,b` (or
// repeated): `no-assistant` the editor without our mashup; `paste` our paste file instead of
// the split install; `twice` our mashup registered twice; `slow-profile` a profile GET that
// answers after 15.5 s (or `profileDelay=<ms>`); `csp`, `no-password` editor variants; `split`
// the split install where the replica was started with the paste file as its default.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { GOOGLE_ADDRESS_SWITCH, GoogleStandIn, REAL_GOOGLE_ISSUER } from './google.js';
import { indexPage, esc, shell, type MashupTag } from './pages.js';
import { StorageStandIn } from './storage.js';
import {
  addPluginsPageProfiles,
  checkConnectionError,
  freshProfile,
  handlePluginsApi,
  pluginsPageMain,
  switchedAnswer,
} from './plugins-page.js';
import {
  EDITOR_PLACEHOLDER,
  PLUGIN_NAME,
  SCENARIOS,
  STORED_SECRET_MASK,
  initialProfiles,
  type ProfileSettings,
  type Scenario,
  type StoredProfile,
} from './scenarios.js';

export type { Scenario } from './scenarios.js';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Replica {
  /** Origin, e.g. http://127.0.0.1:41234 */
  url: string;
  scenarios: Scenario[];
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface ReplicaOptions {
  port?: number;
  host?: string;
  /** The built mashup (the split install's loader); its placeholders come from the .cfg beside it. */
  mashupFile?: string;
  /** The paste file, served instead with `replica=paste`. */
  pasteFile?: string;
  /** Which install pages get when their query does not say (`replica=paste` / `replica=split`). */
  layout?: Layout;
}

export type Layout = 'split' | 'paste';

/** The layout the e2e tests run on: REPLICA_LAYOUT=paste (the e2e-paste project), else split. */
export function layoutFromEnv(env: Record<string, string | undefined> = process.env): Layout {
  return env.REPLICA_LAYOUT === 'paste' ? 'paste' : 'split';
}

/** The replica's own query switches of a page (`replica=a,b` or `replica=a&replica=b`). */
export function replicaSwitches(query: URLSearchParams): Set<string> {
  return new Set(
    query
      .getAll('replica')
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
  );
}

/** How long the fake API holds a profile GET back: `slow-profile` is 15.5 s (issue 13 item 2). */
export const SLOW_PROFILE_MS = 15_500;

/** Switches that choose how our mashup is served rather than how the editor looks. */
const SERVING_SWITCHES = new Set([
  'paste',
  'split',
  'no-assistant',
  'one-line-mashup',
  'twice',
  'slow-profile',
]);

/**
 * `replica=one-line-mashup`: instead of ours, the smallest mashup there is, one registration
 * that does nothing. What any mashup costs a page (the bench's floor for "off the editor").
 */
const ONE_LINE_FOLDER = 'one-line-mashup';
const ONE_LINE_MASHUP = 'tau.mashups.addMashup(function () {});\n';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const PUBLIC = join(HERE, 'public');
const DEMO = join(ROOT, 'test/demo');
export const DEFAULT_MASHUP_FILE = join(ROOT, 'mashup/google-oauth-assistant.js');
export const DEFAULT_PASTE_FILE = join(ROOT, 'dist/google-oauth-assistant.js');

const VIRTUAL_DIR = '/TargetProcess';
const API_PREFIX = `/api/v1/Plugins.asmx/${encodeURIComponent(PLUGIN_NAME)}`;

/** No inline script, no eval, Trusted Types required; the policies the page needs, Lit's and ours. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  // tpgo-loader: the policy the split install's loader turns a chunk's URL into a script URL with.
  'trusted-types replica default lit-html tpgo tpgo-loader',
].join('; ');

/** The same, but its Trusted Types policies do not include Lit's `lit-html`. */
export const CSP_WITHOUT_LIT = STRICT_CSP.replace(' lit-html', '');

/** The strict-CSP variants, by `replica=` value: each page's policy. */
export const CSP_VARIANTS: Record<string, string> = {
  csp: STRICT_CSP,
  'csp-no-lit': CSP_WITHOUT_LIT,
  // Another Lit script on the page created `lit-html` first; no 'allow-duplicates'.
  'csp-lit-taken': STRICT_CSP,
};

const ASSETS: Record<string, string> = {
  '/__replica/require.js': join(ROOT, 'node_modules/requirejs/require.js'),
  '/__replica/jquery.js': join(ROOT, 'node_modules/jquery/dist/jquery.js'),
  '/__replica/runtime.js': join(PUBLIC, 'runtime.js'),
  '/__replica/editor.js': join(PUBLIC, 'editor.js'),
  '/__replica/plugins.js': join(PUBLIC, 'plugins.js'),
  '/__replica/plugins.css': join(PUBLIC, 'plugins.css'),
  '/__replica/tt-default.js': join(PUBLIC, 'tt-default.js'),
  '/__replica/tt-lit-taken.js': join(PUBLIC, 'tt-lit-taken.js'),
  '/__replica/replica.css': join(PUBLIC, 'replica.css'),
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.cfg': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  extra = {},
): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendText(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

async function sendFile(res: ServerResponse, file: string, cache = 'no-store'): Promise<void> {
  try {
    const data = await readFile(file);
    res.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': cache });
    res.end(data);
  } catch {
    sendText(res, 404, 'Not found', 'text/plain');
  }
}

/** `Placeholders:a,b` from a mashup .cfg. */
export function cfgPlaceholders(cfg: string): string[] {
  const line = cfg.split(/\r?\n/).find((l) => /^\s*placeholders\s*:/i.test(l));
  if (!line) return [];
  return line
    .slice(line.indexOf(':') + 1)
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** docs/host.md §1: the query's Placeholders, the page path (`/Admin/X.aspx` -> Admin_X), the footer. */
export function pagePlaceholders(query: URLSearchParams, pagePath: string): string[] {
  const fromQuery = (query.get('Placeholders') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const page = pagePath
    .replace(/^\//, '')
    .replace(/\.aspx$/i, '')
    .replace(/\//g, '_');
  return [...fromQuery, page, 'footerPlaceholder'];
}

function masked(profile: StoredProfile): StoredProfile {
  return {
    Name: profile.Name,
    Settings: {
      ...profile.Settings,
      Password: profile.Settings.Password ? STORED_SECRET_MASK : '',
    },
  };
}

interface FieldError {
  FieldName: string;
  Message: string;
}

function isOAuth(method: unknown): boolean {
  return method === '1' || method === '2';
}

/** The plugin's own checks on Save (and Check connection): docs/host.md §4. */
function validate(
  body: { Name?: unknown; Settings?: Partial<ProfileSettings> },
  existing: StoredProfile | undefined,
  creating: boolean,
  profiles: Map<string, StoredProfile>,
): FieldError[] {
  const errors: FieldError[] = [];
  const s = body.Settings ?? {};
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  if (!name) errors.push({ FieldName: 'Name', Message: 'Profile name should not be empty' });
  else if (creating && profiles.has(name.toLowerCase()))
    errors.push({ FieldName: 'Name', Message: 'Profile with the same name already exists' });
  if (!s.MailServer)
    errors.push({ FieldName: 'MailServer', Message: 'Server should not be empty' });
  if (!s.Port || !/^\d+$/.test(String(s.Port)))
    errors.push({ FieldName: 'Port', Message: 'Port should not be empty' });
  const secret = s.Password ?? existing?.Settings.Password ?? '';
  if (isOAuth(s.SecureAccessMethod)) {
    if (!s.Login) errors.push({ FieldName: 'Login', Message: 'Client id should not be empty' });
    if (!secret)
      errors.push({ FieldName: 'Password', Message: 'Client secret should not be empty' });
    const state = s.OAuthState as { RefreshToken?: unknown } | null | undefined;
    if (!state || !state.RefreshToken)
      errors.push({ FieldName: 'SignIn', Message: 'OAuth client should be authorized' });
  } else {
    if (!s.Login) errors.push({ FieldName: 'Login', Message: 'Login should not be empty' });
    if (!secret) errors.push({ FieldName: 'Password', Message: 'Password should not be empty' });
  }
  return errors;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export async function startReplica(options: ReplicaOptions = {}): Promise<Replica> {
  const host = options.host ?? '127.0.0.1';
  const mashupFile = resolve(options.mashupFile ?? DEFAULT_MASHUP_FILE);
  const mashupName = basename(mashupFile, '.js');
  const mashupDir = dirname(mashupFile);
  const cfgFile = join(mashupDir, `${mashupName}.cfg`);
  const pasteFile = resolve(options.pasteFile ?? DEFAULT_PASTE_FILE);
  const pasteDir = dirname(pasteFile);
  const pasteFolder = `${mashupName}-paste`;
  if (!existsSync(mashupFile)) {
    console.warn(
      `[replica] no mashup at ${mashupFile}: pages are served without it (run \`npm run build\`).`,
    );
  }

  const requests: RecordedRequest[] = [];
  const profiles = new Map<string, StoredProfile>(
    initialProfiles().map((p) => [p.Name.toLowerCase(), p]),
  );
  addPluginsPageProfiles(profiles);
  let origin = '';
  const google = new GoogleStandIn(() => origin);
  const storage = new StorageStandIn();
  let demoBuild: Promise<string> | null = null;

  async function mashupTags(
    appPath: string,
    placeholders: string[],
    query: URLSearchParams,
  ): Promise<MashupTag[]> {
    const switches = replicaSwitches(query);
    if (switches.has('one-line-mashup') && !query.has('nomashups')) {
      const mashupPath = `${appPath}/JavaScript/Mashups/${ONE_LINE_FOLDER}/`;
      const placeholderId = placeholders[0] ?? 'footerPlaceholder';
      return [
        {
          src: `${mashupPath}${ONE_LINE_FOLDER}.js`,
          name: ONE_LINE_FOLDER,
          placeholderId,
          basePath: `${appPath}/`,
          mashupPath,
        },
      ];
    }
    const paste = switches.has('paste') || (options.layout === 'paste' && !switches.has('split'));
    const file = paste ? pasteFile : mashupFile;
    if (query.has('nomashups') || switches.has('no-assistant') || !existsSync(file)) return [];
    let wanted: string[] = [];
    try {
      wanted = cfgPlaceholders(await readFile(cfgFile, 'utf8')).map((p) => p.toLowerCase());
    } catch {
      return [];
    }
    const placeholderId = placeholders.find((p) => wanted.includes(p.toLowerCase()));
    if (!placeholderId) return [];
    const mashupPath = `${appPath}/JavaScript/Mashups/${paste ? pasteFolder : mashupName}/`;
    const tag = {
      src: `${mashupPath}${basename(file)}`,
      name: mashupName,
      placeholderId,
      basePath: `${appPath}/`,
      mashupPath,
    };
    return switches.has('twice') ? [tag, tag] : [tag];
  }

  async function editorPage(
    res: ServerResponse,
    appPath: string,
    pagePath: string,
    query: URLSearchParams,
  ) {
    const placeholders = pagePlaceholders(query, pagePath);
    const switches = replicaSwitches(query);
    const variant = [...switches].find((name) => !SERVING_SWITCHES.has(name)) ?? null;
    const strictCsp = [...switches].some((name) => name in CSP_VARIANTS);
    const profileDelay = switches.has('slow-profile')
      ? SLOW_PROFILE_MS
      : Math.min(Number(query.get('profileDelay')) || 0, 60_000);
    const csp = [...switches].map((name) => CSP_VARIANTS[name]).find((value) => value);
    const editorPlaceholder =
      (query.get('Placeholders') ?? '').split(',')[0]?.trim() || EDITOR_PLACEHOLDER;
    const html = shell({
      title: 'Edit Profile - Targetprocess',
      appPath,
      page: 'editor',
      placeholders,
      editorPlaceholder,
      variant,
      googleUrl: query.has(GOOGLE_ADDRESS_SWITCH) ? REAL_GOOGLE_ISSUER : null,
      strictCsp,
      // The editor is itself a mashup: ?nomashups leaves none (docs/host.md §1).
      editor: !query.has('nomashups'),
      profileDelay,
      mashups: await mashupTags(appPath, placeholders, query),
      main: `<div id="${esc(editorPlaceholder)}" class="profile-editor-placeholder"></div>`,
    });
    sendText(
      res,
      200,
      html,
      'text/html; charset=utf-8',
      csp ? { 'Content-Security-Policy': csp } : {},
    );
  }

  /** A page with no editor on it: Settings > Plugins, or one that is neither (most pages). */
  async function plainPage(
    res: ServerResponse,
    appPath: string,
    pagePath: string,
    query: URLSearchParams,
    page: { title: string; kind: 'plugins' | 'board'; main: string },
  ) {
    const placeholders = pagePlaceholders(query, pagePath);
    const html = shell({
      title: page.title,
      appPath,
      page: page.kind,
      placeholders,
      editorPlaceholder: null,
      variant: null,
      strictCsp: false,
      editor: false,
      profileDelay: 0,
      mashups: await mashupTags(appPath, placeholders, query),
      main: page.main,
    });
    sendText(res, 200, html, 'text/html; charset=utf-8');
  }

  const BOARD_MAIN = `<h2 class="h2">Board</h2><ul class="board">${Array.from(
    { length: 40 },
    (_, i) => `<li class="board-card">Request #${1000 + i}: mail from customer ${i + 1}</li>`,
  ).join('')}</ul>`;

  function api(
    req: IncomingMessage,
    res: ServerResponse,
    rest: string,
    body: string,
    delayMs = 0,
  ): void {
    if (delayMs > 0 && req.method === 'GET') {
      const timer = setTimeout(() => api(req, res, rest, body), delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    const parts = rest
      .split('/')
      .filter((_, i) => i > 0)
      .map((p) => decodeURIComponent(p));
    // rest: '' | '/Profiles/' | '/Profiles/{name}' | '/Commands/CheckConnection'
    if (parts.length === 0 || (parts.length === 1 && parts[0] === '')) {
      sendJson(res, 200, { Name: PLUGIN_NAME, Category: 'Email', IsAvailable: true });
      return;
    }
    if (parts[0] === 'Profiles') {
      const name = parts.slice(1).join('/');
      const existing = name ? profiles.get(name.toLowerCase()) : undefined;
      if (req.method === 'GET') {
        if (!existing)
          sendJson(res, 404, [{ FieldName: '', Message: `Profile "${name}" not found` }]);
        else
          switchedAnswer(req, res)('profile', () =>
            sendJson(res, 200, masked(freshProfile(existing))),
          );
        return;
      }
      if (req.method === 'POST') {
        let parsed: { Name?: unknown; Settings?: Partial<ProfileSettings> };
        try {
          parsed = JSON.parse(body) as typeof parsed;
        } catch {
          sendText(res, 500, 'Malformed JSON', 'text/plain');
          return;
        }
        if (name && !existing) {
          sendJson(res, 404, [{ FieldName: '', Message: `Profile "${name}" not found` }]);
          return;
        }
        const errors = validate(parsed, existing, !name, profiles);
        if (errors.length) {
          sendJson(res, 400, errors);
          return;
        }
        const s = parsed.Settings ?? {};
        const saved: StoredProfile = {
          Name: existing?.Name ?? String(parsed.Name).trim(),
          Settings: {
            ...(existing?.Settings ?? initialProfiles()[0]!.Settings),
            ...s,
            Password: s.Password ?? existing?.Settings.Password ?? null,
          } as ProfileSettings,
        };
        profiles.set(saved.Name.toLowerCase(), saved);
        sendJson(res, 200, masked(saved));
        return;
      }
    }
    if (parts[0] === 'Commands' && parts[1] === 'CheckConnection' && req.method === 'POST') {
      let parsed: { Name?: unknown; Settings?: Partial<ProfileSettings> } = {};
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        /* answered below as a bad request */
      }
      const existing = profiles.get(String(parsed.Name ?? '').toLowerCase());
      const errors = validate(parsed, existing, false, profiles).filter(
        (e) => e.FieldName !== 'Name',
      );
      // A real login runs: a mailbox whose token Google refuses fails like the host (docs/host.md §7).
      const failure = existing ? checkConnectionError(existing.Name) : '';
      if (errors.length) sendJson(res, 400, errors);
      else if (failure)
        sendJson(res, 200, `Plugin CheckConnection command processing error: ${failure}`);
      else sendJson(res, 200, []);
      return;
    }
    sendJson(res, 404, [{ FieldName: '', Message: 'Unknown command' }]);
  }

  async function demo(res: ServerResponse, pathname: string): Promise<void> {
    if (!existsSync(DEMO)) {
      sendText(res, 404, 'No demo', 'text/plain');
      return;
    }
    if (pathname === '/demo/demo.js') {
      const entry = join(DEMO, 'demo.ts');
      if (!existsSync(entry)) {
        sendText(res, 404, 'No test/demo/demo.ts', 'text/plain');
        return;
      }
      demoBuild ??= buildDemo(entry);
      try {
        sendText(res, 200, await demoBuild, TYPES['.js']!);
      } catch (error) {
        demoBuild = null;
        sendText(res, 500, `demo build failed: ${String(error)}`, 'text/plain');
      }
      return;
    }
    const rel =
      pathname === '/demo/' ? 'index.html' : decodeURIComponent(pathname.slice('/demo/'.length));
    const file = resolve(DEMO, rel);
    if (!file.startsWith(DEMO + sep)) {
      sendText(res, 403, 'Forbidden', 'text/plain');
      return;
    }
    await sendFile(res, file);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const raw = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path: raw, headers: req.headers, body });
    const url = new URL(raw, origin);
    const pathname = url.pathname;

    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      const list = SCENARIOS.map((s) => ({ ...s }));
      sendText(
        res,
        200,
        indexPage(
          list,
          existsSync(DEMO),
          existsSync(mashupFile) ? mashupFile.slice(ROOT.length + 1) : null,
        ),
        'text/html; charset=utf-8',
      );
      return;
    }
    const asset = ASSETS[pathname];
    // The libraries never change while the server runs; the replica's own files may be edited.
    if (asset)
      return sendFile(res, asset, asset.includes('node_modules') ? 'max-age=3600' : 'no-store');
    if (google.handle(req, res, url, body)) return;
    if (pathname === '/demo') {
      res.writeHead(301, { Location: '/demo/' }).end();
      return;
    }
    if (pathname.startsWith('/demo/')) return demo(res, pathname);

    // Targetprocess application paths, at the site root or under the virtual directory.
    const inVirtualDir = pathname === VIRTUAL_DIR || pathname.startsWith(`${VIRTUAL_DIR}/`);
    const appPath = inVirtualDir ? VIRTUAL_DIR : '';
    const appRel = pathname.slice(appPath.length);
    const rawAppRel = raw.split('?')[0]!.slice(appPath.length);

    if (/^\/Admin\/EditProfileExt\.aspx$/i.test(appRel))
      return editorPage(res, appPath, appRel, url.searchParams);
    if (/^\/Admin\/Plugins\.aspx$/i.test(appRel))
      return plainPage(res, appPath, appRel, url.searchParams, {
        title: 'Plugins - Targetprocess',
        kind: 'plugins',
        main: pluginsPageMain(),
      });
    if (/^\/RestUI\/Board\.aspx$/i.test(appRel))
      return plainPage(res, appPath, appRel, url.searchParams, {
        title: 'Board - Targetprocess',
        kind: 'board',
        main: BOARD_MAIN,
      });
    if (storage.handle(req, res, rawAppRel, url, body)) return;
    if (handlePluginsApi(req, res, rawAppRel, body, profiles, switchedAnswer(req, res))) return;
    if (rawAppRel === API_PREFIX || rawAppRel.startsWith(`${API_PREFIX}/`)) {
      const delay = Math.min(Number(url.searchParams.get('replicaDelay')) || 0, 60_000);
      api(req, res, rawAppRel.slice(API_PREFIX.length), body, delay);
      return;
    }
    if (appRel === `/JavaScript/Mashups/${ONE_LINE_FOLDER}/${ONE_LINE_FOLDER}.js`) {
      sendText(res, 200, ONE_LINE_MASHUP, 'text/javascript; charset=utf-8');
      return;
    }
    // The split install's folder (its chunks under it), and the paste file's own folder.
    for (const [folder, dir] of [
      [mashupName, mashupDir],
      [pasteFolder, pasteDir],
    ] as const) {
      const prefix = `/JavaScript/Mashups/${folder}/`;
      if (!appRel.startsWith(prefix)) continue;
      const file = resolve(dir, decodeURIComponent(appRel.slice(prefix.length)));
      if (!file.startsWith(dir + sep)) {
        sendText(res, 403, 'Forbidden', 'text/plain');
        return;
      }
      if (dir === pasteDir && file !== pasteFile) {
        sendText(res, 404, 'Not found', 'text/plain');
        return;
      }
      return sendFile(res, file);
    }
    sendText(res, 404, 'Not found', 'text/plain');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, String(error), 'text/plain');
      else res.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  return {
    url: origin,
    scenarios: SCENARIOS.map((s) => ({ ...s })),
    requests,
    close: async () => {
      google.close();
      storage.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Builds test/demo/demo.ts with webpack (development, in a temp dir) and returns the JS. */
async function buildDemo(entry: string): Promise<string> {
  const { default: webpack } = await import('webpack');
  const out = await mkdtemp(join(tmpdir(), 'replica-demo-'));
  try {
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      context: ROOT,
      entry,
      target: ['web', 'es2020'],
      output: { path: out, filename: 'demo.js', iife: true },
      resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
      module: {
        rules: [
          {
            test: /\.ts$/,
            loader: 'ts-loader',
            exclude: /node_modules/,
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        ],
      },
      performance: { hints: false },
    });
    await new Promise<void>((done, fail) => {
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
        else done();
      });
    });
    return await readFile(join(out, 'demo.js'), 'utf8');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
