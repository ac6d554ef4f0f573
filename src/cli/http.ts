// One Mashup Manager command over HTTP: a redirect reported, never followed; the answer read up
// to a cap; a network error turned into one line.
import { EXIT } from './exit-codes.js';
import { type HttpAnswer, type Outcome, interpretResponse } from './answers.js';
import type { Auth, HttpRequest, MashupCommand } from './mashup-api.js';
import { displayUrl, printable, scrubText } from './text.js';

/**
 * The largest answer read from Targetprocess. GetMashupInfo echoes every file of the mashup (ours
 * are about 120 KB together); anything near this size is not Mashup Manager, and reading on would
 * let a hostile or broken server fill the memory (a 3 GB answer crashed Node).
 */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** The one-line message for an answer longer than MAX_ANSWER_BYTES (exit EXIT.badAnswer). */
export function tooLargeProblem(url: string): string {
  return `The answer from ${displayUrl(url)} is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, far more than Mashup Manager sends; reading stopped there. Next: check --url is the address you open Targetprocess at.`;
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

/** Sends one command and says what its answer means; never throws for what the network does. */
export async function sendCommand(
  request: HttpRequest,
  command: MashupCommand,
  auth: Auth,
  timeoutMs: number,
): Promise<Outcome> {
  let answer: HttpAnswer;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      // A redirect is reported, not followed: it would carry the token to another address.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
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
      message: networkProblem(error, request.url, timeoutMs),
    };
  }
  return interpretResponse(command, answer, request.url, auth);
}
