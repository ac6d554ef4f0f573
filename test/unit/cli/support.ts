// A stand-in for Targetprocess's Mashup Manager plugin commands on a real local HTTP server, and
// helpers to run the CLIs with captured output.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MASHUP_NAME } from '../../../mashup.config.js';
import type { CliIo } from '../../../src/cli/io.js';

export const COMMANDS_PATH = '/api/v1/Plugins.asmx/Mashup%20Manager/Commands/';

export interface Received {
  method: string;
  /** The raw path as sent, percent-encoding kept. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (request: Received, response: ServerResponse) => void;

export interface TestServer {
  url: string;
  port: number;
  received: Received[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [path, search = ''] = (req.url ?? '').split('?');
      const request: Received = {
        method: req.method ?? '',
        path,
        query: new URLSearchParams(search),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json',
) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

export interface StoredMashup {
  Name: string;
  Placeholders: string;
  Files: { FileName: string; Content: string }[];
  MashupMetaInfo?: { IsEnabled: boolean };
}

/**
 * Mashup Manager as docs/host.md §2 describes it: names matched without regard to case, a failed
 * command answers 400 with [{FieldName, Message}], a saved one an empty list. Commands are served
 * under `prefix` only (a virtual directory); every other path is 404. Auth is checked by `auth`.
 */
export function mashupManager(
  store: Map<string, StoredMashup>,
  options: { prefix?: string; auth?: (r: Received) => boolean } = {},
): Handler {
  const prefix = `${options.prefix ?? ''}${COMMANDS_PATH}`;
  const fail = (res: ServerResponse, message: string) =>
    send(res, 400, [{ FieldName: 'Name', Message: message }]);
  return (req, res) => {
    if (req.method !== 'POST' || !req.path.startsWith(prefix)) {
      return send(res, 404, '<html><body>Not found</body></html>', 'text/html');
    }
    if (options.auth && !options.auth(req)) return send(res, 401, { Message: 'Unauthorized' });
    const command = req.path.slice(prefix.length);
    const key = (name: string) => name.toLowerCase();
    if (command === 'GetMashupInfo') {
      const found = store.get(key(req.body));
      return found
        ? send(res, 200, found)
        : fail(res, `Mashup with name "${req.body}" doesn't exist`);
    }
    const body = JSON.parse(req.body) as StoredMashup & { OldName?: string };
    if (command === 'AddMashup') {
      if (store.has(key(body.Name))) return fail(res, 'Mashup with the same name already exists');
      store.set(key(body.Name), body);
      return send(res, 200, []);
    }
    if (command === 'UpdateMashup') {
      if (!body.OldName || !store.has(key(body.OldName))) {
        return fail(res, `Mashup with name "${body.OldName}" doesn't exist`);
      }
      store.delete(key(body.OldName));
      const { OldName: _old, ...saved } = body;
      store.set(key(body.Name), saved);
      return send(res, 200, []);
    }
    return send(res, 404, 'Unknown command', 'text/plain');
  };
}

export interface Captured {
  io: CliIo;
  out: string[];
  err: string[];
  all(): string;
}

export function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    out,
    err,
    all: () => [...out, ...err].join('\n'),
  };
}

/** The split install as the build writes it (issue 14): a loader, chunks, the .cfg, the note. */
export const SPLIT_LAYOUT: Record<string, string> = {
  'README.md': '# mashup/\nnot part of the install\n',
  [`${MASHUP_NAME}.js`]: '(function(){tau.mashups.addMashup(function(){ /* loader */ });})();\n',
  [`${MASHUP_NAME}.cfg`]: 'Placeholders:a,b,c\n',
  'chunks/editor.js': 'window.__editor = "ünïcode editor chunk";\n',
  'chunks/plugins.js': 'window.__plugins = 1;\n',
  'chunks/mashup.ignore': '',
};

/** The single-file build of today: one self-contained script and its .cfg. */
export const SINGLE_LAYOUT: Record<string, string> = {
  'README.md': '# mashup/\n',
  [`${MASHUP_NAME}.js`]:
    '(function(){tau.mashups.addMashup(function(){ /* whole mashup, ünïcode */ });})();\n',
  [`${MASHUP_NAME}.cfg`]: 'Placeholders:a,b,c\n',
};

/** A temporary mashup/ folder holding `layout` (paths with '/' make sub-folders). */
export async function mashupDirWith(layout: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tpgo-mashup-'));
  for (const [path, content] of Object.entries(layout)) {
    const parts = path.split('/');
    if (parts.length > 1) await mkdir(join(dir, ...parts.slice(0, -1)), { recursive: true });
    await writeFile(join(dir, ...parts), content);
  }
  return dir;
}
