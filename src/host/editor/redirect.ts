// Reads what this page will send as its OAuth redirect URI, the way the editor forms it
// (docs/host.md §5): the ExtJS `Tp.WebServiceURL('/Admin/Plugins.aspx')` string with the page's own
// protocol and host; failing that, the application root from `appHostAndPath` or the page URL.
import { REDIRECT_PATH } from './selectors.js';

export interface RedirectFacts {
  /** The exact redirect URI the editor will send. */
  readonly uri: string;
  /** The page's `acid` when it is carried into the URI; empty otherwise. */
  readonly acid: string;
  /** Where the URI came from, for tests and diagnostics. */
  readonly source: 'Tp.WebServiceURL' | 'appHostAndPath' | 'location';
}

interface TpGlobals {
  Tp?: { WebServiceURL?: new (path: string) => unknown };
  appHostAndPath?: unknown;
}

/** The raw `acid` value of a query string, or ''; raw because the editor copies it as is. */
function rawAcid(query: string): string {
  return /(?:^|[?&])acid=([^&#]*)/.exec(query)?.[1] ?? '';
}

function withPageOrigin(location: Location, pathAndQuery: string): string {
  return `${location.protocol}//${location.host}${pathAndQuery}`;
}

function fromWebServiceUrl(win: Window & TpGlobals): string | undefined {
  const Ctor = win.Tp?.WebServiceURL;
  if (typeof Ctor !== 'function') return undefined;
  const text = String(new Ctor(REDIRECT_PATH));
  if (/^https?:\/\//i.test(text)) {
    // Keep the path and query, but the protocol and host are the page's (docs/host.md §5).
    const url = new URL(text);
    return withPageOrigin(win.location, `${url.pathname}${url.search}`);
  }
  if (text.startsWith('/') && !text.startsWith('//')) return withPageOrigin(win.location, text);
  return undefined;
}

/** The application path ('' at the site root, '/TargetProcess' under a virtual directory). */
function appPathFromHostAndPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    return new URL(value.trim(), 'http://placeholder.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

function appPathFromLocation(location: Location): string {
  const at = location.pathname.search(/\/Admin\//i);
  return at < 0 ? '' : location.pathname.slice(0, at);
}

export function readRedirectFacts(win: Window): RedirectFacts {
  const globals = win as Window & TpGlobals;
  let fromTp: string | undefined;
  try {
    fromTp = fromWebServiceUrl(globals);
  } catch {
    fromTp = undefined;
  }
  if (fromTp)
    return { uri: fromTp, acid: rawAcid(new URL(fromTp).search), source: 'Tp.WebServiceURL' };

  const acid = rawAcid(win.location.search);
  const query = acid ? `?acid=${acid}` : '';
  const hostPath = appPathFromHostAndPath(globals.appHostAndPath);
  const appPath = hostPath ?? appPathFromLocation(win.location);
  return {
    uri: withPageOrigin(win.location, `${appPath}${REDIRECT_PATH}${query}`),
    acid,
    source: hostPath === undefined ? 'location' : 'appHostAndPath',
  };
}
