// `npm run deploy -- --url https://acme.tpondemand.com`: creates the mashup in Mashup Manager, or
// updates it in place when one of that name exists, and leaves it enabled. Updating in place
// (rather than delete + add, as TargetProcess/targetprocess-mashup-uploader does) keeps the
// mashup present for users between the two calls and never stores it disabled.
import { type Env, USAGE, parseArgs } from './args.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { sendCommand } from './http.js';
import { redactingIo } from './secrets.js';
import { readProcessStdin, readTokenFile } from './token-file.js';
import {
  type Auth,
  type MashupBody,
  type MashupCommand,
  type MashupFile,
  KEPT_EXTENSIONS,
  buildRequest,
  describeRequest,
  mashupBody,
  mashupPathProblem,
  nameProblem,
} from './mashup-api.js';
import { capText } from './text.js';
import {
  type BuiltMashup,
  type CliIo,
  DEFAULT_MASHUP_DIR,
  isEntryPoint,
  processIo,
  readBuiltMashup,
} from './io.js';

export interface MainOptions {
  /** The folder holding the built install (default: the repository's mashup/). */
  mashupDir?: string;
  /** Standard input for --token-file - (null: it is a terminal). */
  readStdin?: () => Promise<string | null>;
}

export async function main(
  argv: string[],
  env: Env,
  rawIo: CliIo,
  mainOptions: MainOptions = {},
): Promise<ExitCode> {
  const basic =
    env.TP_USER && env.TP_PASSWORD
      ? Buffer.from(`${env.TP_USER}:${env.TP_PASSWORD}`, 'utf8').toString('base64')
      : undefined;
  const secrets = [argvValue(argv, '--token'), env.TP_TOKEN, env.TP_PASSWORD, basic].filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
  const io = redactingIo(rawIo, secrets);
  try {
    return await deploy(argv, env, io, mainOptions, secrets);
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
 * (`chunks/editor.js`), so an update replaces each in place (docs/host.md §2: stable names; Mashup
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
  secrets: string[],
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
  if (options.tokenFile !== undefined) {
    const read = await readTokenFile(
      options.tokenFile,
      env,
      mainOptions.readStdin ?? readProcessStdin,
    );
    if (!read.ok) {
      io.err(`deploy: ${read.message}`);
      return EXIT.usage;
    }
    secrets.push(read.token);
    options.auth = { kind: 'token', token: read.token };
  } else if (argvValue(argv, '--token') !== undefined && env.npm_lifecycle_event) {
    io.err(
      "deploy: warning: npm printed this command line, --token's value included, in its '>' line above. Next time use TP_TOKEN or --token-file (see --help).",
    );
  }

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
  const found = await sendCommand(lookup, 'GetMashupInfo', auth, options.timeoutMs);
  if (found.kind === 'fail') return failed(io, found);

  const exists = found.kind === 'ok';
  const existingName = exists ? foundName(found.data, options.name) : options.name;
  if (existingName === null) {
    const got = (found as { data?: { Name?: unknown } }).data?.Name;
    const shown = typeof got === 'string' ? `a mashup named "${capText(got, 80)}"` : 'no name';
    io.err(
      `deploy: Targetprocess answered the look-up for "${options.name}" with ${shown}, not the one asked for, so nothing was updated. Next: check --url and --name, and the mashup in Settings > Mashups.`,
    );
    return EXIT.badAnswer;
  }
  const command: MashupCommand = exists ? 'UpdateMashup' : 'AddMashup';
  const body = exists ? bodyFor(existingName) : bodyFor();
  io.out(
    exists
      ? `Updating mashup "${existingName}" (${summary}) ...`
      : `Creating mashup "${options.name}" (${summary}) ...`,
  );
  const request = buildRequest(options.root, command, body, auth);
  const saved = await sendCommand(request, command, auth, options.timeoutMs);
  if (saved.kind === 'fail') return failed(io, saved);
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

/** A failure as printed: its one line, then any detail lines under it. */
function failed(io: CliIo, outcome: { exit: ExitCode; message: string; details?: string[] }) {
  io.err(`deploy: ${outcome.message}`);
  for (const line of outcome.details ?? []) io.err(`deploy:   ${line}`);
  return outcome.exit;
}

/**
 * The name of the mashup GetMashupInfo found, to send back as OldName, or null when it is not the
 * one asked for. Mashup Manager matches names without regard to case, so only case may differ;
 * any other answer would rename (and overwrite) some other mashup.
 */
export function foundName(data: unknown, asked: string): string | null {
  const name = (data as { Name?: unknown } | null)?.Name;
  if (typeof name !== 'string' || nameProblem(name) !== null) return null;
  return name.toLowerCase() === asked.toLowerCase() ? name : null;
}

if (await isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), process.env, processIo);
}
