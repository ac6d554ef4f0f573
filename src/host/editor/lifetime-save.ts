// Sees the editor's Save succeed (docs/host.md §4): while armed, a `load` listener on each
// XMLHttpRequest opened as a POST to the plugin's Profiles address, whichever jQuery copy made
// it. Nothing it sends changes (send is not touched); disarm() puts `open` back exactly as it
// was, when it is still ours.

type Open = XMLHttpRequest['open'];

/** `{app}/api/v1/Plugins.asmx/Project%20Email%20Integration/Profiles/` or `…/Profiles/{name}`. */
const PROFILES = /\/api\/v1\/Plugins\.asmx\/Project(?:%20| )Email(?:%20| )Integration\/Profiles\//i;

export function isProfileSave(method: unknown, url: unknown, base: string): boolean {
  if (typeof method !== 'string' || method.toUpperCase() !== 'POST') return false;
  try {
    const parsed = new URL(String(url), base);
    return parsed.origin === new URL(base).origin && PROFILES.test(parsed.pathname);
  } catch {
    return false;
  }
}

export interface SaveWatch {
  /** Calls `saved` after each Save the server took (2xx), until disarmed. */
  arm(saved: () => void): void;
  disarm(): void;
  readonly armed: boolean;
}

export function createSaveWatch(win: Window): SaveWatch {
  let original: Open | undefined;
  let wrapped: Open | undefined;
  let report: (() => void) | undefined;
  const proto = () =>
    (win as unknown as { XMLHttpRequest?: typeof XMLHttpRequest }).XMLHttpRequest?.prototype;

  function onLoad(this: XMLHttpRequest): void {
    try {
      if (this.status >= 200 && this.status < 300) report?.();
    } catch {
      // Never into the page.
    }
  }

  function disarm(): void {
    report = undefined;
    const p = proto();
    if (p && wrapped && p.open === wrapped && original) p.open = original;
    original = undefined;
    wrapped = undefined;
  }

  function arm(saved: () => void): void {
    disarm();
    const p = proto();
    if (!p || typeof p.open !== 'function') return;
    report = saved;
    const previous = p.open;
    const wrapper = function (this: XMLHttpRequest) {
      // eslint-disable-next-line prefer-rest-params
      const args = arguments as unknown as Parameters<Open>;
      try {
        if (report && isProfileSave(args[0], args[1], win.location.href)) {
          this.addEventListener('load', onLoad, { once: true });
        }
      } catch {
        // Watching must never stop the editor's request.
      }
      return Reflect.apply(previous, this, args) as void;
    } as Open;
    original = previous;
    wrapped = wrapper;
    p.open = wrapper;
  }

  return {
    arm,
    disarm,
    get armed() {
      return report !== undefined;
    },
  };
}
