// Following a sign-in (src/host/editor/sign-in.ts), on a stand-in window with fake timers:
// window.open wrapped for one sign-in and restored, the popup watched to its end, and the
// session told once: signed in, the error the popup came back with, or what the editor wrote.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POPUP_POLL_MS, SignInFollow, type SignInHost } from '../../../src/host/editor/sign-in.js';

interface FakePopup {
  closed: boolean;
  location: { href: string };
}

function setUp() {
  const popup: FakePopup = { closed: false, location: { href: 'https://accounts.google.com/x' } };
  const pageOpen = vi.fn((): Window | null => popup as unknown as Window);
  const win = { open: pageOpen } as unknown as Window;
  const state = { signedIn: false, editorSays: '' };
  const settled = vi.fn<(failure: string | null) => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const host: SignInHost = {
    win,
    later: (fn, ms) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    },
    signedIn: () => state.signedIn,
    editorSays: () => state.editorSays,
    settled,
  };
  const follow = new SignInFollow(host);
  /** As the editor does on its Sign in click, after ours has let it through. */
  const editorOpensPopup = () => win.open('https://accounts.google.com/o/oauth2/auth', 'auth');
  return { popup, pageOpen, win, state, settled, follow, timers, editorOpensPopup };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SignInFollow', () => {
  it('wraps window.open for this sign-in only: the page gets its own back once the popup opens', () => {
    const { pageOpen, win, follow, editorOpensPopup, popup } = setUp();
    follow.start();
    expect(win.open).not.toBe(pageOpen);
    expect(follow.armed).toBe(true);
    expect(editorOpensPopup()).toBe(popup);
    expect(pageOpen).toHaveBeenCalledWith('https://accounts.google.com/o/oauth2/auth', 'auth');
    expect(win.open).toBe(pageOpen);
    expect(follow.armed).toBe(false);
  });

  it('a consent declined: the popup back on our page with error=, then closed by the editor', () => {
    const { popup, settled, follow, editorOpensPopup } = setUp();
    follow.start();
    editorOpensPopup();
    vi.advanceTimersByTime(POPUP_POLL_MS);
    popup.location.href = 'https://tp.example.com/Admin/Plugins.aspx?error=access_denied';
    vi.advanceTimersByTime(POPUP_POLL_MS);
    popup.closed = true;
    vi.advanceTimersByTime(POPUP_POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled).toHaveBeenCalledWith('access_denied');
  });

  it('back with a code: waits for the editor to exchange it, then says signed in', () => {
    const { popup, settled, follow, editorOpensPopup, state } = setUp();
    follow.start();
    editorOpensPopup();
    popup.location.href = 'https://tp.example.com/Admin/Plugins.aspx?code=4/abc';
    vi.advanceTimersByTime(POPUP_POLL_MS);
    popup.closed = true;
    vi.advanceTimersByTime(POPUP_POLL_MS * 5);
    expect(settled).not.toHaveBeenCalled();
    state.signedIn = true;
    vi.advanceTimersByTime(POPUP_POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled).toHaveBeenCalledWith(null);
  });

  it("closed on Google's page: what the editor writes, or nothing known after a short wait", () => {
    const first = setUp();
    first.follow.start();
    first.editorOpensPopup();
    vi.advanceTimersByTime(POPUP_POLL_MS);
    first.popup.closed = true;
    first.state.editorSays = 'Authorization failed';
    vi.advanceTimersByTime(POPUP_POLL_MS * 2);
    expect(first.settled).toHaveBeenCalledWith('Authorization failed');

    const second = setUp();
    second.follow.start();
    second.editorOpensPopup();
    second.popup.closed = true;
    vi.advanceTimersByTime(POPUP_POLL_MS * 2);
    expect(second.settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(second.settled).toHaveBeenCalledTimes(1);
    expect(second.settled).toHaveBeenCalledWith('');
  });

  it('no popup at all: speaks only if the editor refused at once, and keeps waiting otherwise', () => {
    const quiet = setUp();
    quiet.follow.start();
    vi.advanceTimersByTime(1000);
    expect(quiet.settled).not.toHaveBeenCalled();
    expect(quiet.follow.armed).toBe(true);

    const refused = setUp();
    refused.state.editorSays = 'Client secret should be reentered';
    refused.follow.start();
    vi.advanceTimersByTime(1000);
    expect(refused.settled).toHaveBeenCalledWith('Client secret should be reentered');
  });

  it('stop() restores the page its window.open and ends the armed time; a second start wraps once', () => {
    const { pageOpen, win, follow } = setUp();
    follow.start();
    follow.start();
    const wrapped = win.open;
    follow.stop();
    expect(win.open).toBe(pageOpen);
    expect(follow.armed).toBe(false);
    follow.start();
    expect(win.open).not.toBe(wrapped);
    expect(win.open).not.toBe(pageOpen);
    follow.stop();
    expect(win.open).toBe(pageOpen);
  });

  it('gives window.open back by itself when no popup comes within two minutes', () => {
    const { pageOpen, win, follow } = setUp();
    follow.start();
    vi.advanceTimersByTime(2 * 60 * 1000);
    expect(win.open).toBe(pageOpen);
    expect(follow.armed).toBe(false);
  });

  it('a popup the browser blocked (open gives null) settles with what the editor says', () => {
    const { pageOpen, settled, follow, editorOpensPopup, state } = setUp();
    pageOpen.mockReturnValue(null);
    follow.start();
    expect(editorOpensPopup()).toBeNull();
    state.editorSays = 'Popup blocked';
    vi.advanceTimersByTime(POPUP_POLL_MS * 2);
    expect(settled).toHaveBeenCalledWith('Popup blocked');
  });

  it('leaves window.open alone when another script replaced our wrapper after us', () => {
    const { win, follow, pageOpen } = setUp();
    follow.start();
    const theirs = vi.fn((): Window | null => null);
    win.open = theirs;
    follow.stop();
    expect(win.open).toBe(theirs);
    expect(win.open).not.toBe(pageOpen);
    // Our own wrapper, still in place, is taken back as before.
    const again = setUp();
    again.follow.start();
    again.follow.stop();
    expect(again.win.open).toBe(again.pageOpen);
  });
});
