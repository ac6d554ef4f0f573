// The command line of `npm run deploy`: its options, its help, and the checks made before
// anything is read or sent.
import { parseArgs as parseNodeArgs } from 'node:util';
import { MASHUP_TITLE } from '../../mashup.config.js';
import { type Auth, nameFromTitle, nameProblem, parseAppUrl } from './mashup-api.js';

export const DEFAULT_TIMEOUT_MS = 30_000;

export const USAGE = [
  'Usage: npm run deploy -- --url <Targetprocess address> [options]',
  '',
  'Creates the mashup in Settings > Mashups, or updates the one of the same name, enabled.',
  'Sends every file of mashup/ (sub-folders kept; the placeholders go in their own field).',
  '',
  '  --url <address>   e.g. https://acme.tpondemand.com or https://tp.example.com/TargetProcess',
  "  --token-file <f>  read an administrator's access token from the file f (a trailing",
  '                    newline is trimmed); --token-file - reads it from standard input',
  '  --token <token>   the token itself; AVOID: npm prints its command line, token included,',
  "                    in its '>' line before this runs. Prefer TP_TOKEN or --token-file.",
  `  --name <name>     the mashup's name (default "${nameFromTitle(MASHUP_TITLE)}"):`,
  '                    letters, digits, spaces and underscores',
  `  --timeout <ms>    time allowed for each request (default ${DEFAULT_TIMEOUT_MS})`,
  '  --allow-http      allow an http:// address (the token then travels in clear text)',
  '  --dry-run         print what would be sent (no credentials needed), send nothing',
  '  --help            this text',
  '',
  'Credentials, first found wins: --token-file, --token, the TP_TOKEN variable, else Basic',
  'auth from TP_USER and TP_PASSWORD. A redirect is reported by its origin and path only.',
];

export interface DeployOptions {
  root: string;
  /** Null only for a dry run without credentials. */
  auth: Auth | null;
  /** Where to read the token from (a path, or - for standard input); auth is then null. */
  tokenFile?: string;
  name: string;
  timeoutMs: number;
  dryRun: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: DeployOptions }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

export type Env = Record<string, string | undefined>;

const usageError = (message: string): ParsedArgs => ({
  kind: 'usage-error',
  message: `${message} (see --help)`,
});

const OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
  'token-file': { type: 'string' },
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

  const tokenFile = values['token-file'] as string | undefined;
  if (tokenFile !== undefined && values.token !== undefined) {
    return usageError('Give --token-file or --token, not both.');
  }
  const token = (values.token as string | undefined) ?? env.TP_TOKEN;
  let auth: Auth | null;
  if (tokenFile !== undefined) {
    auth = null;
  } else if (token) {
    auth = { kind: 'token', token };
  } else if (env.TP_USER && env.TP_PASSWORD) {
    auth = { kind: 'basic', user: env.TP_USER, password: env.TP_PASSWORD };
  } else if (dryRun) {
    auth = null;
  } else {
    return usageError(
      "No credentials. Next: set TP_TOKEN to an administrator's access token (Settings > Access Tokens), or pass --token-file, or set TP_USER and TP_PASSWORD",
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

  return { kind: 'run', options: { root: url.root, auth, tokenFile, name, timeoutMs, dryRun } };
}
