// The editor's lazy help (src/host/editor/lazy.ts): loaded once, on first use; a load that
// fails is one console line and leaves that help away, without a rejection for anyone to catch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdLoadsForFirstFrame, lazy } from '../../../src/host/editor/lazy.js';

afterEach(() => vi.restoreAllMocks());

describe('lazy', () => {
  it('loads nothing until asked, then once, however often it is asked', async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }));
    const help = lazy('unit once', load);
    expect(load).not.toHaveBeenCalled();
    expect(help.now).toBeUndefined();
    const [a, b] = await Promise.all([help.load(), help.load()]);
    expect(a).toEqual({ answer: 42 });
    expect(b).toBe(a);
    expect(help.now).toBe(a);
    await help.load();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load: one console line without the URL on a second line, undefined, no retry storm', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failure = Object.assign(
      new Error('Loading chunk diagnosis failed.\n(missing: https://tp.example.com/x.js)'),
      { name: 'ChunkLoadError' },
    );
    const load = vi.fn(() => Promise.reject(failure));
    const help = lazy('unit failing', load);
    expect(await help.load()).toBeUndefined();
    expect(await help.load()).toBeUndefined();
    expect(help.now).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]![0]);
    expect(line).toMatch(/^\[google-oauth-assistant\] load unit failing failed: ChunkLoadError/);
    expect(line).not.toContain('\n');
  });

  it('a loader that throws synchronously is caught the same way', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const help = lazy('unit throwing', () => {
      throw new TypeError('no');
    });
    await expect(help.load()).resolves.toBeUndefined();
  });

  it('while the help is placed, a load starts in a later task, never in the one that placed it', async () => {
    const load = vi.fn(() => Promise.resolve('in'));
    const help = lazy('unit later task', load);
    holdLoadsForFirstFrame();
    const pending = help.load();
    // Every microtask of this task runs: the paste file would evaluate a chunk in any of them.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    await expect(pending).resolves.toBe('in');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asked for outside the placing of the help (a click), a load starts at once', async () => {
    const load = vi.fn(() => Promise.resolve('now'));
    const help = lazy('unit at once', load);
    await help.load();
    expect(load).toHaveBeenCalledTimes(1);
    const other = lazy(
      'unit at once, after a hold',
      vi.fn(() => Promise.resolve(1)),
    );
    holdLoadsForFirstFrame();
    await other.load();
    const third = vi.fn(() => Promise.resolve(2));
    const after = lazy('unit after the hold', third);
    void after.load();
    await Promise.resolve();
    await Promise.resolve();
    expect(third).toHaveBeenCalledTimes(1);
  });
});
