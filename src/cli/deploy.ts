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
  type MashupCommand,
  type Outcome,
  buildRequest,
  describeRequest,
  interpretResponse,
  mashupBody,
  nameFromTitle,
  nameProblem,
  networkProblem,
  parseAppUrl,
} from './mashup-api.js';
import {
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
  '',
  '  --url <address>   e.g. https://acme.tpondemand.com or https://tp.example.com/TargetProcess',
  "  --token <token>   an administrator's access token (better: the TP_TOKEN variable)",
  `  --name <name>     the mashup's name (default "${nameFromTitle(MASHUP_TITLE)}"):`,
  '                    letters, digits, spaces and underscores',
  `  --timeout <ms>    time allowed for each request (default ${DEFAULT_TIMEOUT_MS})`,
  '  --dry-run         print the requests instead of sending them',
  '  --help            this text',
  '',
  'Credentials: TP_TOKEN (or --token), else Basic auth from TP_USER and TP_PASSWORD.',
];

export interface DeployOptions {
  root: string;
  auth: Auth;
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

/** The command line and environment, checked; nothing is read or sent. */
export function parseArgs(argv: string[], env: Env): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseNodeArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        name: { type: 'string' },
        timeout: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // Node's messages name the option, never its value, so they cannot echo a token.
    const text = (error as Error).message.split('\n')[0];
    return usageError(`Bad arguments: ${text}.`);
  }
  if (values.help) return { kind: 'help' };

  const urlText = (values.url as string | undefined) ?? env.TP_URL;
  if (!urlText) {
    return usageError(
      'No Targetprocess address. Next: pass --url https://<account>.tpondemand.com (on-premise: include the virtual directory)',
    );
  }
  const url = parseAppUrl(urlText);
  if (!url.ok) return usageError(`Bad --url: ${url.problem}.`);

  const token = (values.token as string | undefined) ?? env.TP_TOKEN;
  let auth: Auth;
  if (token) {
    auth = { kind: 'token', token };
  } else if (env.TP_USER && env.TP_PASSWORD) {
    auth = { kind: 'basic', user: env.TP_USER, password: env.TP_PASSWORD };
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

  return {
    kind: 'run',
    options: { root: url.root, auth, name, timeoutMs, dryRun: values['dry-run'] === true },
  };
}

async function send(
  request: HttpRequest,
  command: MashupCommand,
  options: DeployOptions,
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
    answer = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      location: response.headers.get('location'),
      text: await response.text(),
    };
  } catch (error) {
    return {
      kind: 'fail',
      exit: EXIT.network,
      message: networkProblem(error, request.url, options.timeoutMs),
    };
  }
  return interpretResponse(command, answer, request.url, options.auth);
}

export interface MainOptions {
  /** The folder holding the built .js and .cfg (default: the repository's mashup/). */
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
  const files = [{ FileName: mashup.jsName, Content: mashup.js }];
  const bodyFor = (oldName?: string): MashupBody =>
    mashupBody(options.name, mashup.placeholders, files, oldName);

  if (options.dryRun) {
    io.out('Dry run: nothing is sent. A real run would send:');
    const lookup = buildRequest(options.root, 'GetMashupInfo', options.name, options.auth);
    describeRequest(lookup, options.name).forEach((line) => io.out(`  ${line}`));
    io.out('then, when no mashup of that name exists:');
    const add = buildRequest(options.root, 'AddMashup', bodyFor(), options.auth);
    describeRequest(add, bodyFor()).forEach((line) => io.out(`  ${line}`));
    io.out('or, when it exists:');
    const update = buildRequest(options.root, 'UpdateMashup', bodyFor(options.name), options.auth);
    describeRequest(update, bodyFor(options.name)).forEach((line) => io.out(`  ${line}`));
    io.out(
      options.auth.kind === 'token'
        ? 'Auth: access token (elided)'
        : `Auth: Basic, user ${options.auth.user}`,
    );
    return EXIT.ok;
  }

  io.out(`Looking for mashup "${options.name}" at ${options.root} ...`);
  const lookup = buildRequest(options.root, 'GetMashupInfo', options.name, options.auth);
  const found = await send(lookup, 'GetMashupInfo', options);
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
      ? `Updating mashup "${existingName}" (${mashup.js.length} characters, placeholders ${mashup.placeholders}) ...`
      : `Creating mashup "${options.name}" (${mashup.js.length} characters, placeholders ${mashup.placeholders}) ...`,
  );
  const saved = await send(
    buildRequest(options.root, command, body, options.auth),
    command,
    options,
  );
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
