// What one profile's check says when it may not or could not be read (issue 22): an over-size
// answer is "Could not check", never a guess; an unusable name is never asked about.
import { describe, expect, it, vi } from 'vitest';
import { AnswerTooLarge, type PluginsApi } from '../../../src/host/plugin-api.js';
import { notChecked, profileHealth } from '../../../src/host/profile-health.js';

const fakeApi = (profile: () => Promise<unknown>) =>
  ({ profile: vi.fn(profile), log: vi.fn(() => Promise.resolve({})) }) as unknown as PluginsApi;

describe('profileHealth, bounded', () => {
  it('an answer over 2 MB: "Could not check", never an exception', async () => {
    const api = fakeApi(() => Promise.reject(new AnswerTooLarge('big')));
    const verdict = await profileHealth(api, 'Gmail', () => Promise.resolve([]));
    expect(verdict).toMatchObject({
      state: 'no-data',
      headline: 'Could not check: the answer was too large',
    });
  });

  it('another failure stays "No recent data"', async () => {
    const api = fakeApi(() => Promise.reject(new Error('HTTP 500')));
    const verdict = await profileHealth(api, 'Gmail', () => Promise.resolve([]));
    expect(verdict).toMatchObject({ state: 'no-data', headline: 'No recent data' });
  });

  it('a name of "." or ".." is not asked about', async () => {
    const api = fakeApi(() => Promise.resolve({}));
    for (const name of ['.', '..', ''])
      expect(await profileHealth(api, name, () => Promise.resolve([]))).toMatchObject({
        state: 'no-data',
      });
    expect((api.profile as ReturnType<typeof vi.fn>).mock.calls).toEqual([]);
  });

  it('past the cap: an honest "Not checked" line', () => {
    expect(notChecked(50).headline).toBe('Not checked: only the first 50 profiles are checked');
    expect(notChecked(50).headline.length).toBeLessThanOrEqual(70);
  });
});
