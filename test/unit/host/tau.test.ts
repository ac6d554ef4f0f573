// Registration: through tau.mashups when Targetprocess provides it, directly otherwise, and only
// once per page however many copies of the mashup run.
import { describe, expect, it, vi } from 'vitest';
import { claimPage, registerMashup } from '../../../src/host/tau.js';

/** A window-like object with its own globals, so that each test starts from a clean page. */
function page(tau?: unknown): Window {
  return { tau } as unknown as Window;
}

describe('registerMashup', () => {
  it('registers through tau.mashups.addMashup and starts when Targetprocess calls it', () => {
    let registered: ((...args: unknown[]) => void) | undefined;
    const addMashup = vi.fn((fn: (...args: unknown[]) => void) => (registered = fn));
    const start = vi.fn();
    registerMashup(page({ mashups: { addMashup } }), start);
    expect(addMashup).toHaveBeenCalledTimes(1);
    expect(start).not.toHaveBeenCalled();
    registered!({ placeholderId: 'profileeditorprojectemailintegration', mashupPath: '/x/' });
    expect(start).toHaveBeenCalledWith({
      placeholderId: 'profileeditorprojectemailintegration',
      mashupPath: '/x/',
    });
  });

  it('starts once even when Targetprocess calls the mashup back twice', () => {
    let registered: ((...args: unknown[]) => void) | undefined;
    const start = vi.fn();
    registerMashup(
      page({ mashups: { addMashup: (fn: typeof registered) => (registered = fn) } }),
      start,
    );
    registered!({ placeholderId: 'a' });
    registered!({ placeholderId: 'b' });
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith({ placeholderId: 'a' });
  });

  it('one copy per page: the first to claim it; a later copy gets false and registers nothing', () => {
    const win = page({ mashups: { addMashup: vi.fn() } });
    expect(claimPage(win)).toBe(true);
    expect(claimPage(win)).toBe(false);
    expect(claimPage(win)).toBe(false);
    expect(claimPage(page(undefined))).toBe(true); // another page
  });

  it('starts directly on a page without tau.mashups', () => {
    const start = vi.fn();
    registerMashup(page(undefined), start);
    registerMashup(page({}), start);
    expect(start).toHaveBeenCalledTimes(2); // two different pages
  });
});
