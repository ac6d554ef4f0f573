// How the loader tells Targetprocess's pages apart (docs/host.md §1, §3, §8): the cheapest sure
// signs first (the address, the placeholder the mashup runs on), the page's own elements last.
// It is in the loader, which every page downloads: it imports nothing, and what only a page's
// chunk needs lives in that chunk (selectors.ts repeats the two editor facts below for the
// chunk, so that the loader does not carry that module; a unit test holds them equal).

/** The plugin profile editor's page path (every plugin's editor: the query names the plugin). */
export const EDITOR_PAGE = /\/Admin\/EditProfileExt\.aspx$/i;

/** The Email Integration editor's own placeholder (docs/host.md §1). */
export const EDITOR_PLACEHOLDER = 'profileeditorprojectemailintegration';

/**
 * How long after the page's load to keep looking for an editor that has not appeared on a page
 * that is not known to be the editor's: the editor renders after one data fetch, which starts
 * at load; a page whose editor never comes is then left with nothing of ours running.
 */
export const EDITOR_GRACE_MS = 15_000;

/**
 * A cheap look: the editor's method selector with a Login or Password input beside it (the ids
 * of selectors.ts's EDITOR_IDS, written out so that the loader does not carry that module).
 */
export function hasEditorFields(doc: Document): boolean {
  return !!(
    doc.getElementById('authDropDown') &&
    (doc.getElementById('Login') ?? doc.getElementById('Password'))
  );
}

/** Settings > Plugins (docs/host.md §7): its placeholder, or its page path. */
export const PLUGINS_PAGE = /\/Admin\/Plugins\.aspx$/i;

/**
 * The sign-in popup: Google sends it back to the Plugins page with `?code=…` or `?error=…`,
 * and it has an opener. Nothing of ours runs there.
 */
export function inSignInPopup(win: Window): boolean {
  return /[?&](?:code|error)=/.test(win.location.search) || !!win.opener;
}

/** The Plugins page, by its placeholder or its path (the loader stops first in the popup). */
export function isPluginsPage(win: Window, placeholderId: string): boolean {
  return (
    placeholderId.toLowerCase() === 'admin_plugins' || PLUGINS_PAGE.test(win.location.pathname)
  );
}

/** Sign in's popup, back on the Plugins page: nothing of ours runs there at all. */
export const isSignInPopup = (win: Window): boolean =>
  PLUGINS_PAGE.test(win.location.pathname) && inSignInPopup(win);

/**
 * `candidate` (absolute, or relative to the page) as an absolute folder on the page's own
 * origin, or '' when it is anywhere else: another host, another scheme, an opaque origin (the
 * page's origin "null" starts no address). The only folders the split install loads from.
 */
export function ownFolder(candidate: string, loc: Location): string {
  const href = new URL(candidate, loc.href).href;
  return href.startsWith(`${loc.origin}/`) ? href : '';
}

/**
 * Whether `url` is one of our chunk files in our folder: exactly `folder` plus `file(name)`
 * for one of `names` (space-separated), and `folder` is known ('' is not). The Trusted Types
 * policy's only test, so that it turns nothing else into a script URL.
 */
export const isOurChunk = (
  url: string,
  folder: string,
  names: string,
  file: (name: string) => string,
): boolean => !!folder && names.split(' ').some((name) => url === folder + file(name));
