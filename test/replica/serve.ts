// `npm start`: serves the replica on 127.0.0.1 (PORT, default 8737) and prints every scenario and
// the stand-in Google clients that make Sign in meet each of Google's answers.
import { isEntryPoint } from '../../src/cli/io.js';
import { printable } from '../../src/cli/mashup-api.js';
import {
  GOOGLE_CLIENTS,
  lifetimeNote,
  type GoogleClient,
  type GoogleClientStatus,
} from './google-clients.js';
import { startReplica } from './server.js';

export const DEFAULT_PORT = 8737;

/** PORT as a number (0: any free port), or the one line that says what to set instead. */
export function portFrom(
  text: string | undefined,
): { ok: true; port: number } | { ok: false; message: string } {
  if (text === undefined || text.trim() === '') return { ok: true, port: DEFAULT_PORT };
  const port = Number(text.trim());
  if (!/^\d{1,5}$/.test(text.trim()) || port > 65535) {
    return {
      ok: false,
      message: `PORT "${printable(text).slice(0, 20)}" is not a port number: set PORT to a whole number from 1 to 65535, e.g. PORT=${DEFAULT_PORT}`,
    };
  }
  return { ok: true, port };
}

/** The one line for a server that could not listen (no stack trace: the cause is the port). */
export function listenProblem(error: unknown, port: number): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'EADDRINUSE') return `Port ${port} is in use: set PORT to a free port`;
  if (code === 'EACCES') {
    return `Port ${port} needs administrator rights here: set PORT to a free port above 1023`;
  }
  const detail = typeof code === 'string' ? code : printable(String((error as Error)?.message));
  return `Cannot serve on port ${port} (${detail}): set PORT to a free port`;
}

// What the stand-in answers at Sign in for each status (test/replica/google.ts); typed over every
// status, so a status added to google-clients.ts without a line here fails the type check.
const ANSWERS: Record<GoogleClientStatus, string> = {
  ok: 'consent, then a code',
  deleted: 'Error 401: deleted_client',
  org_internal: 'Error 403: org_internal',
  admin_policy: 'Error 400: admin_policy_enforced',
  not_test_user: 'Error 403: access_denied (not a test user)',
  no_refresh_token: 'consent, then a code that brings no refresh token',
};

function answerOf(client: GoogleClient): string {
  const answer = ANSWERS[client.status];
  const shown = client.unverified ? `"Google hasn't verified this app", then ${answer}` : answer;
  const timed = client.slow ? `${shown}; the token endpoint answers after 15 s` : shown;
  return `${timed}${lifetimeNote(client)}`;
}

/**
 * The stand-in clients from google-clients.ts, as lines to print: what each makes Google answer,
 * its Client ID and secret (made up, valid nowhere else), and which redirect URIs it registers
 * (a Sign in from a page whose redirect URI is not among them gets redirect_uri_mismatch).
 */
export function clientLines(origin: string, clients: GoogleClient[] = GOOGLE_CLIENTS): string[] {
  const uris = (c: GoogleClient) => c.redirectUris.map((u) => u.replace('{origin}', origin));
  const counts = new Map<string, number>();
  for (const c of clients) {
    const key = uris(c).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const lines = [
    'Stand-in Google clients: what Sign in meets with each Client ID (and its secret).',
    'On the consent screen Allow gives a code and Cancel gives error=access_denied.',
  ];
  for (const c of clients) {
    const own = uris(c).join(' ');
    const where = own === usual ? '' : `; only from ${own}, elsewhere redirect_uri_mismatch`;
    lines.push(`  ${c.key.padEnd(18)} ${answerOf(c)}${where}`);
    lines.push(`  ${''.padEnd(18)} ${c.id}  ${c.secret}`);
  }
  lines.push(`  ${'any other ID'.padEnd(18)} Error 401: invalid_client`);
  lines.push(
    `Redirect URIs registered for each ID above unless it says otherwise: ${usual.split(' ').join(' and ')}. A Sign in from any other meets Error 400: redirect_uri_mismatch.`,
  );
  return lines;
}

async function main(): Promise<void> {
  const port = portFrom(process.env.PORT);
  if (!port.ok) {
    process.stderr.write(`${port.message}\n`);
    process.exit(1);
  }
  let replica;
  try {
    replica = await startReplica({ port: port.port });
  } catch (error) {
    process.stderr.write(`${listenProblem(error, port.port)}\n`);
    process.exit(1);
  }

  // The address to open first, alone on its line; the scenarios after it.
  console.log(`Open ${replica.url}/ (the Targetprocess editor replica: every scenario)`);
  console.log('');
  console.log('Scenarios:');
  for (const s of replica.scenarios) {
    console.log(`  ${s.name.padEnd(22)} ${replica.url}${s.path}`);
    console.log(`  ${''.padEnd(22)} ${s.title}`);
  }
  console.log(`  ${'demo'.padEnd(22)} ${replica.url}/demo/`);
  console.log('');
  clientLines(replica.url).forEach((line) => console.log(line));
  console.log('');
  console.log(
    'RESTful Storage (in memory): add storage=404|401|403|500|timeout|malformed|huge|hostile|owner-only to a page address (or a cookie) to make it fail; replicaUser=2 makes the logged user a non-administrator.',
  );
  console.log('');
  console.log('Sign in uses a local stand-in for Google (/google). Press Ctrl+C to stop.');

  const stop = () => {
    void replica.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (await isEntryPoint(import.meta.url)) await main();
