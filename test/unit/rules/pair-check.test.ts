import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interpretPairCheck, type PairCheckAnswer } from '../../../src/rules/pair-check.js';

const answer = (status: number, error: string, description = ''): PairCheckAnswer => ({
  kind: 'answer',
  status,
  error,
  description,
});

describe('interpretPairCheck', () => {
  it.each([
    [answer(400, 'invalid_grant', 'Malformed auth code.'), 'accepted', 'good'],
    [answer(400, 'invalid_grant', 'Bad Request'), 'accepted', 'good'],
    [answer(401, 'invalid_client', 'The OAuth client was not found.'), 'client-not-found', 'bad'],
    [answer(401, 'invalid_client', 'Unauthorized'), 'secret-wrong', 'bad'],
    [answer(401, 'deleted_client', 'The OAuth client was deleted.'), 'deleted-client', 'bad'],
    [answer(401, 'invalid_client', 'Something new'), 'other', 'unknown'],
    [
      answer(400, 'invalid_request', 'Missing required parameter: redirect_uri'),
      'other',
      'unknown',
    ],
    [answer(502, ''), 'other', 'unknown'],
    [{ kind: 'unreachable' } as const, 'unreachable', 'unknown'],
    [{ kind: 'timeout' } as const, 'timeout', 'unknown'],
    [{ kind: 'cancelled' } as const, 'cancelled', 'unknown'],
    [{ kind: 'stored-secret' } as const, 'stored-secret', 'unknown'],
    [{ kind: 'not-google' } as const, 'not-google', 'unknown'],
  ])('%j is %s', (given, outcome, tone) => {
    const verdict = interpretPairCheck(given);
    expect(verdict).toMatchObject({ outcome, tone });
    expect(verdict.message.length).toBeGreaterThan(20);
    expect(verdict.fix.length).toBeGreaterThan(10);
  });

  it("says plainly when the page's Google address is not Google's", () => {
    expect(interpretPairCheck({ kind: 'not-google' }).message).toMatch(
      /^Cannot check: this page's Google address is not Google's/,
    );
  });

  it('tells a wrong secret that Google shows a secret once and offers "Add secret"', () => {
    expect(interpretPairCheck(answer(401, 'invalid_client', 'Unauthorized')).fix).toMatch(
      /Add secret/,
    );
  });

  it('says an unreachable Google is no verdict on the credentials', () => {
    const verdict = interpretPairCheck({ kind: 'unreachable' });
    expect(verdict.message).toBe('Could not reach Google to check.');
    expect(verdict.details).toMatch(/says nothing about/);
  });

  it('shows an unknown answer as it is, bounded', () => {
    const verdict = interpretPairCheck(answer(418, 'teapot', 'x'.repeat(10_000)));
    expect(verdict.details).toContain('HTTP 418, teapot');
    expect(verdict.details!.length).toBeLessThan(500);
  });

  it('never throws and always says something', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), fc.string(), (status, error, description) => {
        const verdict = interpretPairCheck(answer(status, error, description));
        return verdict.message.length > 0 && verdict.fix.length > 0;
      }),
    );
  });
});
