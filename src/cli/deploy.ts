// `npm run deploy -- --url https://acme.tpondemand.com`: creates the mashup in Mashup Manager, or
// updates it in place when one of that name exists, and leaves it enabled. Updating in place
// (rather than delete + add, as TargetProcess/targetprocess-mashup-uploader does) keeps the
// mashup present for users between the two calls and never stores it disabled.
import { parseArgs as parseNodeArgs } from 'node:util';
import { MASHUP_TITLE } from '../../mashup.config.js';
import {
  EXIT,
  type Auth,
  type ExitCode,
  type HttpRequest,
  type MashupBody,
  type MashupFile,
  KEPT_EXTENSIONS,
  MAX_ANSWER_BYTES,
  type MashupCommand,
  type Outcome,
  buildRequest,
  describeRequest,
  interpretResponse,
  mashupBody,
  mashupPathProblem,
  nameFromTitle,
  nameProblem,
  networkProblem,
  parseAppUrl,
  tooLargeProblem,
} from './mashup-api.js';
import {
  type BuiltMashup,
  type CliIo,
  DEFAULT_MASHUP_DIR,
  isEntryPoint,
  processIo,
  readBuiltMashup,
  redactingIo,
} from './io.js';

export const DEFAULT_TIMEOUT_MS = 30_000;

export const USAGE = [
  'Usage: npm run deploy -- --url <Targetprocess address> [options]',
  '',
  'Creates the mashup in Settings > Mashups, or updates the one of the same name, enabled.',
  'Sends every file of mashup/ (sub-folders kept; the placeholders go in their own field).',
  '',
  '  --url <address>   e.g. https://acme.tpondemand.com or https://tp.example.com/TargetProcess',
  "  --token <token>   an administrator's access token (better: the TP_TOKEN variable)",
  `  --name <name>     the mashup's name (default "${nameFromTitle(MASHUP_TITLE)}"):`,
  '                    letters, digits, spaces and underscores',
  `  --timeout <ms>    time allowed for each request (default ${DEFAULT_TIMEOUT_MS})`,
  '  --allow-http      allow an http:// address (the token then travels in clear text)',
  '  --dry-run         print what would be sent (no credentials needed), send nothing',
  '  --help            this text',
  '',
  'Credentials: TP_TOKEN (or --token), else Basic auth from TP_USER and TP_PASSWORD.',
];

export interface DeployOptions {
  root: string;
  /** Null only for a dry run without credentials. */
  auth: Auth | null;
  name: string;
  timeoutMs: number;
  dryRun: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: DeployOptions }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

type Env = Record<string, string | undefined>;

const usageError = (message: string): ParsedArgs => ({
  kind: 'usage-error',
  message: `${message} (see --help)`,
});

const OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
  name: { type: 'string' },
  timeout: { type: 'string' },
  'allow-http': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/**
 * The options given, or the one-line reason they cannot be read. The messages are ours, not
 * Node's: Node's quote an unexpected argument, and a stray argument may be a token pasted in the
 * wrong place, so nothing the user typed is echoed except an option name that looks like one.
 */
function readOptions(
  argv: string[],
):
  | { ok: true; values: Partial<Record<OptionName, string | boolean>> }
  | { ok: false; message: string } {
  let tokens;
  try {
    ({ tokens } = parseNodeArgs({
      args: argv,
      strict: false,
      allowPositionals: true,
      tokens: true,
      options: OPTIONS,
    }));
  } catch {
    return { ok: false, message: 'Bad arguments.' };
  }
  const values: Partial<Record<OptionName, string | boolean>> = {};
  for (const token of tokens) {
    if (token.kind === 'positional')
      return { ok: false, message: 'Unexpected argument (not shown).' };
    if (token.kind !== 'option') continue;
    const known = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as OptionName] : null;
    if (!known) {
      const shown = /^--?[a-z][a-z-]{0,30}$/.test(token.rawName) ? token.rawName : '(not shown)';
      return { ok: false, message: `Unknown option ${shown}.` };
    }
    const flag = `--${token.name}`;
    if (known.type === 'string' && token.value === undefined) {
      return { ok: false, message: `${flag} needs a value.` };
    }
    if (known.type === 'boolean' && token.value !== undefined) {
      return { ok: false, message: `${flag} takes no value.` };
    }
    values[token.name as OptionName] = token.value ?? true;
  }
  return { ok: true, values };
}

/** The command line and environment, checked; nothing is read or sent. */
export function parseArgs(argv: string[], env: Env): ParsedArgs {
  const read = readOptions(argv);
  if (!read.ok) return usageError(`Bad arguments: ${read.message}`);
  const { values } = read;
  if (values.help) return { kind: 'help' };
  const dryRun = values['dry-run'] === true;

  const urlText = (values.url as string | undefined) ?? env.TP_URL;
  if (!urlText) {
    return usageError(
      'No Targetprocess address. Next: pass --url https://<account>.tpondemand.com (on-premise: include the virtual directory)',
    );
  }
  const url = parseAppUrl(urlText);
  if (!url.ok) return usageError(`Bad --url: ${url.problem}.`);
  if (url.root.startsWith('http:') && values['allow-http'] !== true) {
    return usageError(
      'Refusing http://: the access token or password would travel in clear text. Next: use the https:// address, or add --allow-http for a server on a network you trust',
    );
  }

  const token = (values.token as string | undefined) ?? env.TP_TOKEN;
  let auth: Auth | null;
  if (token) {
    auth = { kind: 'token', token };
  } else if (env.TP_USER && env.TP_PASSWORD) {
    auth = { kind: 'basic', user: env.TP_USER, password: env.TP_PASSWORD };
  } else if (dryRun) {
    auth = null;
  } else {
    return usageError(
      "No credentials. Next: set TP_TOKEN to an administrator's access token (Settings > Access Tokens), or set TP_USER and TP_PASSWORD",
    );
  }

  const name = ((values.name as string | undefined) ?? nameFromTitle(MASHUP_TITLE)).trim();
  const problem = nameProblem(name);
  if (problem) return usageError(`Bad --name: ${problem}.`);

  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    timeoutMs = Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
      return usageError(
        'Bad --timeout: give a whole number of milliseconds, e.g. --timeout 60000.',
      );
    }
  }

  return { kind: 'run', options: { root: url.root, auth, name, timeoutMs, dryRun } };
}

/**
 * The body as text, or null once it passes MAX_ANSWER_BYTES: the rest is never read, and the
 * connection is dropped.
 */
async function readCapped(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_ANSWER_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function send(
  request: HttpRequest,
  command: MashupCommand,
  options: DeployOptions,
  auth: Auth,
): Promise<Outcome> {
  let answer;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      // A redirect is reported, not followed: it would carry the token to another address.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await readCapped(response);
    if (text === null) {
      return { kind: 'fail', exit: EXIT.badAnswer, message: tooLargeProblem(request.url) };
    }
    answer = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      location: response.headers.get('location'),
      text,
    };
  } catch (error) {
    return {
      kind: 'fail',
      exit: EXIT.network,
      message: networkProblem(error, request.url, options.timeoutMs),
    };
  }
  return interpretResponse(command, answer, request.url, auth);
}

export interface MainOptions {
  /** The folder holding the built install (default: the repository's mashup/). */
  mashupDir?: string;
}

export async function main(
  argv: string[],
  env: Env,
  rawIo: CliIo,
  mainOptions: MainOptions = {},
): Promise<ExitCode> {
  const secrets = [argvValue(argv, '--token'), env.TP_TOKEN, env.TP_PASSWORD].filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
  const io = redactingIo(rawIo, secrets);
  try {
    return await deploy(argv, env, io, mainOptions);
  } catch (error) {
    io.err(`deploy: unexpected failure: ${(error as Error)?.message ?? String(error)}`);
    return EXIT.internal;
  }
}

function argvValue(argv: string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === flag) return argv[i + 1];
    if (argv[i].startsWith(`${flag}=`)) return argv[i].slice(flag.length + 1);
  }
  return undefined;
}

/**
 * The Files list for Mashup Manager: every file of the built folder under its path there
 * (`chunks/editor.js`), so an update replaces each in place (HOST.md §2: stable names; Mashup
 * Manager never deletes a file). The top-level .cfg stays home: its placeholders travel in the
 * Placeholders field, from which Mashup Manager writes its own placeholders.cfg, and a second
 * .cfg would register the mashup twice on an on-premise reload.
 */
export function uploadFiles(
  mashup: BuiltMashup,
): { ok: true; files: MashupFile[] } | { ok: false; problem: string } {
  const files: MashupFile[] = [];
  for (const { path, bytes } of mashup.files) {
    if (path === mashup.cfgName) continue;
    const problem = mashupPathProblem(path);
    if (problem) return { ok: false, problem: `refusing to send ${path}: ${problem}.` };
    if (!KEPT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) {
      return {
        ok: false,
        problem: `mashup/${path} would vanish from Targetprocess at its next restart (Mashup Manager keeps only ${KEPT_EXTENSIONS.join(' ')} files). Next: rename it or keep it out of mashup/, then run npm run build.`,
      };
    }
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
      return {
        ok: false,
        problem: `mashup/${path} is not UTF-8 text, and Mashup Manager takes only text. Next: run npm run build.`,
      };
    }
    files.push({ FileName: path, Content: text });
  }
  return { ok: true, files };
}

async function deploy(
  argv: string[],
  env: Env,
  io: CliIo,
  mainOptions: MainOptions,
): Promise<ExitCode> {
  const parsed = parseArgs(argv, env);
  if (parsed.kind === 'help') {
    USAGE.forEach((line) => io.out(line));
    return EXIT.ok;
  }
  if (parsed.kind === 'usage-error') {
    io.err(`deploy: ${parsed.message}`);
    return EXIT.usage;
  }
  const options = parsed.options;

  const built = await readBuiltMashup(mainOptions.mashupDir ?? DEFAULT_MASHUP_DIR);
  if (!built.ok) {
    io.err(`deploy: ${built.problem}`);
    return EXIT.noBuild;
  }
  const { mashup } = built;
  const upload = uploadFiles(mashup);
  if (!upload.ok) {
    io.err(`deploy: ${upload.problem}`);
    return EXIT.noBuild;
  }
  const files = upload.files;
  const bodyFor = (oldName?: string): MashupBody =>
    mashupBody(options.name, mashup.placeholders, files, oldName);
  const size = files.reduce((sum, f) => sum + Buffer.byteLength(f.Content, 'utf8'), 0);
  const summary = `${files.length} file${files.length === 1 ? '' : 's'}, ${size} bytes, placeholders ${mashup.placeholders}`;

  if (options.dryRun) {
    // Without credentials the requests are shown as a token would send them; nothing secret is
    // in them either way (displayUrl prints access_token=***).
    const auth: Auth = options.auth ?? { kind: 'token', token: 'TP_TOKEN' };
    io.out(`Dry run: nothing is sent. A real run would send ${summary}:`);
    for (const f of files) {
      io.out(`  ${f.FileName.padEnd(40)} ${Buffer.byteLength(f.Content, 'utf8')} bytes`);
    }
    io.out('as these requests:');
    const lookup = buildRequest(options.root, 'GetMashupInfo', options.name, auth);
    describeRequest(lookup, options.name).forEach((line) => io.out(`  ${line}`));
    io.out('then, when no mashup of that name exists:');
    const add = buildRequest(options.root, 'AddMashup', bodyFor(), auth);
    describeRequest(add, bodyFor()).forEach((line) => io.out(`  ${line}`));
    io.out('or, when it exists (files it already has and this list leaves out stay there):');
    const update = buildRequest(options.root, 'UpdateMashup', bodyFor(options.name), auth);
    describeRequest(update, bodyFor(options.name)).forEach((line) => io.out(`  ${line}`));
    io.out(
      options.auth === null
        ? 'Auth: none given. A real run needs TP_TOKEN (or --token), or TP_USER and TP_PASSWORD.'
        : options.auth.kind === 'token'
          ? 'Auth: access token (elided)'
          : `Auth: Basic, user ${options.auth.user}`,
    );
    return EXIT.ok;
  }
  // parseArgs leaves auth null only for a dry run.
  const auth = options.auth as Auth;

  io.out(`Looking for mashup "${options.name}" at ${options.root} ...`);
  const lookup = buildRequest(options.root, 'GetMashupInfo', options.name, auth);
  const found = await send(lookup, 'GetMashupInfo', options, auth);
  if (found.kind === 'fail') {
    io.err(`deploy: ${found.message}`);
    return found.exit;
  }

  const exists = found.kind === 'ok';
  // Mashup Manager matches names without regard to case; update the one it found, by its own name.
  const existingName =
    exists && typeof (found.data as { Name?: unknown })?.Name === 'string'
      ? (found.data as { Name: string }).Name
      : options.name;
  const command: MashupCommand = exists ? 'UpdateMashup' : 'AddMashup';
  const body = exists ? bodyFor(existingName) : bodyFor();
  io.out(
    exists
      ? `Updating mashup "${existingName}" (${summary}) ...`
      : `Creating mashup "${options.name}" (${summary}) ...`,
  );
  const saved = await send(buildRequest(options.root, command, body, auth), command, options, auth);
  if (saved.kind === 'fail') {
    io.err(`deploy: ${saved.message}`);
    return saved.exit;
  }
  if (saved.kind === 'absent') {
    io.err(
      `deploy: Targetprocess lost mashup "${existingName}" while updating it. Next: run again.`,
    );
    return EXIT.rejected;
  }
  io.out(
    `${exists ? 'Updated' : 'Created'} mashup "${options.name}", enabled. Open Settings > Mashups at ${options.root} to see it.`,
  );
  return EXIT.ok;
}

if (await isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), process.env, processIo);
}
