// The one console line of a failure never carries a Client secret: any `GOCSPX-…` run in the
// thrown error's message is masked, wherever it sits in the line (issue 22).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guarded, guardedAsync, logFailure, maskSecrets } from '../../../src/host/log.js';

const SECRET = 'GOCSPX-abcdefghijklmnopqrstuvwxyz12';

afterEach(() => vi.restoreAllMocks());

function warnings() {
  const lines: string[] = [];
  vi.spyOn(console, 'warn').mockImplementation((line: unknown) => lines.push(String(line)));
  return lines;
}

describe('log text masks Client secrets', () => {
  it('maskSecrets: every run, glued or cut short, any case', () => {
    expect(maskSecrets(`secret=${SECRET}&x=1 and "${SECRET}"`)).toBe(
      'secret=GOCSPX-[hidden]&x=1 and "GOCSPX-[hidden]"',
    );
    expect(maskSecrets('xxGOCSPX-abc')).toBe('xxGOCSPX-[hidden]');
    expect(maskSecrets('gocspx-abcdef')).toBe('GOCSPX-[hidden]');
    expect(maskSecrets('nothing here')).toBe('nothing here');
  });

  it('logFailure: a thrown message quoting the secret is logged masked', () => {
    const lines = warnings();
    logFailure('test-mask-1', new Error(`bad value ${SECRET} in field`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('test-mask-1 failed: Error: bad value GOCSPX-[hidden] in field');
    expect(lines.join('\n')).not.toContain('abcdefghij');
  });

  it('guarded and guardedAsync: a sync throw and a rejection, both masked', async () => {
    const lines = warnings();
    guarded('test-mask-2', () => {
      throw new TypeError(`x${SECRET}`);
    })();
    guardedAsync('test-mask-3', () => Promise.reject(new Error(`${SECRET} rejected`)))();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('abcdefghij');
    expect(lines.join('\n')).toContain('GOCSPX-[hidden]');
  });
});
