// The host's "Check with Google" control always ends in a verdict: whatever throws on the way is
// logged once and shown as "could not check", and a page address that is not Google's sends
// nothing at all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PairCheckControl, type PairSource } from '../../src/host/editor/pair-check-control.js';

const ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
const SECRET = 'GOCSPX-abcdefghijklmnopqrstuvwxyz12';

function control(source: Partial<PairSource>) {
  const pair = new PairCheckControl(
    document,
    {
      values: () => ({ clientId: ID, clientSecret: SECRET }),
      redirectUri: () => 'https://tp.example.com/Admin/Plugins.aspx',
      issuer: () => 'https://accounts.google.com',
      ...source,
    },
    () => undefined,
  );
  pair.setEnabled(true, '');
  return pair;
}

afterEach(() => vi.restoreAllMocks());

describe('PairCheckControl', () => {
  it('a throw on the way: "could not check", not "checking", and no rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pair = control({
      redirectUri: () => {
        throw new Error('no redirect URI');
      },
    });
    await expect(pair.request()).resolves.toBeUndefined();
    expect(pair.checking).toBe(false);
    expect(pair.element.checking).toBe(false);
    expect(pair.verdict?.outcome).toBe('unreachable');
    expect(warn).toHaveBeenCalledWith(
      '[google-oauth-assistant] check with google failed: Error: no redirect URI',
    );
  });

  it.each(['http://127.0.0.1:8737/google', 'https://evil.example', ''])(
    'an issuer that is not Google (%j): the verdict says so and nothing is fetched',
    async (issuer) => {
      const fetchSpy = vi.spyOn(window, 'fetch');
      const pair = control({ issuer: () => issuer });
      await pair.request();
      expect(pair.verdict?.outcome).toBe('not-google');
      expect(pair.verdict?.message).toMatch(
        /^Cannot check: this page's Google address is not Google's/,
      );
      expect(fetchSpy).not.toHaveBeenCalled();
    },
  );
});
