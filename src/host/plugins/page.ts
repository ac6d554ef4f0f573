// What the Plugins page's DOM says (docs/host.md §7): the Email Integration profiles listed, and
// whether this window is the sign-in popup. Descendant selectors only: the list sits at
// #plugins-container > div.tau-container > div.plugins > …, and whitespace text nodes lie between
// its elements.

import { EMAIL_PLUGIN } from '../plugin-api.js';

export const PLUGINS_PATH = /\/Admin\/Plugins\.aspx$/i;
export const STATUS_TAG = 'tpgo-connection-status';

export interface ListedProfile {
  /** The profile's name, as the API knows it. */
  readonly name: string;
  /** The page's own link to the profile's editor; the status goes right after it. */
  readonly link: HTMLAnchorElement;
}

/** The name in a profile link: `ProfileName` in its href (any parameter order), else its text. */
export function profileNameOf(link: HTMLAnchorElement): string {
  try {
    const fromHref = new URL(link.href, link.baseURI).searchParams.get('ProfileName');
    if (fromHref && fromHref.trim()) return fromHref;
  } catch {
    // An odd href: the text still names the profile.
  }
  return (link.textContent ?? '').trim();
}

function pluginName(block: Element): string {
  return (block.querySelector('h4._pluginName')?.textContent ?? '').trim();
}

/** The Email Integration profiles on the page, "Show more" ones included, in page order. */
export function listedEmailProfiles(doc: Document): ListedProfile[] {
  const found: ListedProfile[] = [];
  for (const block of doc.querySelectorAll('#plugins-container div.plugin-block')) {
    if (pluginName(block) !== EMAIL_PLUGIN) continue;
    for (const link of block.querySelectorAll<HTMLAnchorElement>(
      'div.profiles-list li.tau-profileName > a[href]',
    )) {
      const name = profileNameOf(link);
      if (name) found.push({ name, link });
    }
  }
  return found;
}

/**
 * The Email Integration profile whose Delete (`li.delete` beside its link) holds `target`, or
 * undefined. Clicking it only asks to confirm: the profile is gone once the list no longer has it.
 */
export function deletedProfileOf(doc: Document, target: EventTarget | null): string | undefined {
  const element = target as Partial<Element> | null;
  const item = typeof element?.closest === 'function' ? element.closest('li.delete') : null;
  const link = item?.parentElement?.querySelector('li.tau-profileName > a[href]');
  return link ? listedEmailProfiles(doc).find((p) => p.link === link)?.name : undefined;
}

function isPluginsPage(location: Location): boolean {
  return PLUGINS_PATH.test(location.pathname);
}

function isPopupLanding(location: Location): boolean {
  const query = new URLSearchParams(location.search);
  return isPluginsPage(location) && (query.has('code') || query.has('error'));
}

/**
 * Whether this window is Sign in's popup (docs/host.md §7): the Plugins page with Google's `?code=` or
 * `?error=`, the Plugins page in a window that an opener opened (the popup after its query is
 * gone), or a window whose opener is on the Plugins page. There the assistant does nothing.
 */
export function isSignInPopup(win: Window): boolean {
  try {
    if (isPopupLanding(win.location)) return true;
    const opener = win.opener as Window | null;
    if (!opener || opener === win) return false;
    if (isPluginsPage(win.location)) return true;
    // A cross-origin opener throws on `location`: then it is not on our Plugins page.
    return isPluginsPage(opener.location);
  } catch {
    // Something of the window is unreadable: doing nothing is the safe side.
    return true;
  }
}
