// Settings > Plugins: beside each Google OAuth profile of Project Email Integration, whether its
// mail still flows and, if not, why and what to do (issue 12). The only code that knows this page.
//
// Requests, all read-only and the page's own API: one CheckActivityLogForErrors per page load,
// one GET per listed Email Integration profile for the first MAX_CHECKED of them (the rest say
// "Not checked"), and one GetActivityLog (errors only, last 30 days) per Google profile that looks
// stopped. At most 4 in flight, 10 s each, 2 MB each, no polling; none off the page's origin.
import type { ErrorMark, HealthVerdict } from '../../rules/health.js';
import { readErrorMarks } from '../health-answers.js';
import '../../elements/tpgo-connection-status.js';
import type { TpgoConnectionStatus } from '../../elements/tpgo-connection-status.js';
import { guarded, logFailure } from '../log.js';
import { PluginsApi } from '../plugin-api.js';
import { noHealthData, notChecked, profileHealth, type SignInSeen } from '../profile-health.js';
import { lifetimeStatuses } from './lifetime-status.js';
import {
  STATUS_TAG,
  deletedProfileOf,
  isSignInPopup,
  listedEmailProfiles,
  type ListedProfile,
} from './page.js';

export { isSignInPopup } from './page.js';

/** What is known of one profile: nothing yet, not a Google profile, or its verdict. */
type Known = 'pending' | 'not-google' | HealthVerdict;

const NO_DATA = noHealthData;
/** New status elements per task: each renders its shadow root in the same task. */
const PER_TASK = 8;
/**
 * Profiles checked per page load, in list order. Each check GETs a profile (its answer carries
 * the mailbox's tokens into the page): a fixed cap bounds that, whatever is scrolled or shown.
 */
export const MAX_CHECKED = 50;

/**
 * Starts following the Plugins page: waits for the list (however late it renders), shows each
 * Google profile's status, and shows it again after the list re-renders. Does nothing in the
 * sign-in popup. Never throws into the page; `stop()` lets go of everything.
 */
export function startPluginsPage(win: Window): { stop(): void } {
  const idle = { stop: () => undefined };
  if (isSignInPopup(win)) return idle;
  const doc = win.document;
  const api = new PluginsApi(win);
  if (!api.onOrigin) {
    // A page path like `//other.example/…`: the API's address would leave the page's origin.
    logFailure('plugins-start', new Error('the API address is not on this page’s origin'));
    return idle;
  }
  let checks = 0;
  const known = new Map<string, Known>();
  let marks: Promise<readonly ErrorMark[]> | undefined;
  let scheduled = false;
  let stopped = false;

  const errorMarks = (): Promise<readonly ErrorMark[]> =>
    (marks ??= api.errors().then(readErrorMarks, () => []));

  const lifetime = lifetimeStatuses(win, () => listedEmailProfiles(doc).map((p) => p.name));
  /** Profiles whose Delete the admin clicked: gone from the next list, their records go too. */
  const deleting = new Map<string, string>();

  /** What each Google profile's GET said of its sign-in, for the records' step. */
  const signIns = new Map<string, SignInSeen>();

  const check = (name: string): Promise<Known> =>
    profileHealth(api, name, errorMarks, (seen) => signIns.set(name.toLowerCase(), seen));

  /** Shown at once; what the sign-in records add follows when storage has answered. */
  function addLifetime(name: string, key: string, shown: Known): void {
    const signIn = signIns.get(key);
    if (!signIn || typeof shown !== 'object') return;
    void lifetime.apply(name, shown, signIn).then((more) => {
      if (stopped || more === shown || known.get(key) !== shown) return;
      known.set(key, more);
      schedule();
    });
  }

  const statusOf = (profile: ListedProfile): TpgoConnectionStatus | null => {
    const next = profile.link.nextElementSibling;
    return next?.localName === STATUS_TAG ? (next as TpgoConnectionStatus) : null;
  };
  const hasStatus = (profile: ListedProfile) => statusOf(profile) !== null;

  /** Puts the state beside the profile's link; true when that took a new element. */
  function show(profile: ListedProfile, state: Known): boolean {
    let status = statusOf(profile);
    if (state === 'pending' || state === 'not-google') {
      status?.remove();
      return false;
    }
    const created = !status;
    if (!status) {
      status = doc.createElement(STATUS_TAG);
      profile.link.after(status);
    }
    if (status.verdict !== state) status.verdict = state;
    return created;
  }

  function scan(): void {
    scheduled = false;
    if (stopped) return;
    const profiles = listedEmailProfiles(doc);
    if (profiles.length === 0) return;
    forgetDeleted(profiles);
    void errorMarks();
    let created = 0;
    for (const profile of profiles) {
      const key = profile.name.toLowerCase();
      const state = known.get(key);
      if (state === undefined && checks >= MAX_CHECKED) {
        known.set(key, notChecked(MAX_CHECKED));
        schedule();
      } else if (state === undefined) {
        checks += 1;
        known.set(key, 'pending');
        void check(profile.name)
          .catch((error: unknown) => {
            logFailure('plugins-check', error);
            return NO_DATA();
          })
          .then((result) => {
            if (stopped) return;
            known.set(key, result);
            schedule();
            addLifetime(profile.name, key, result);
          });
      } else if (created < PER_TASK || hasStatus(profile)) {
        if (show(profile, state)) created += 1;
      } else {
        // The rest in a later task: a long list must not hold the page for long.
        schedule(true);
      }
    }
  }

  /** A profile the admin deleted is no longer listed: its sign-in records go as well. */
  function forgetDeleted(profiles: readonly ListedProfile[]): void {
    if (deleting.size === 0) return;
    const listed = new Set(profiles.map((p) => p.name.toLowerCase()));
    for (const [key, name] of deleting) {
      if (listed.has(key)) continue;
      deleting.delete(key);
      known.delete(key);
      signIns.delete(key);
      void lifetime.forget(name);
    }
  }

  const onClick = guarded('plugins-delete', (event: Event) => {
    const name = deletedProfileOf(doc, event.target);
    if (name) deleting.set(name.toLowerCase(), name);
  });
  doc.addEventListener('click', onClick, true);

  // One scan per burst of page changes (the list renders many nodes at once; ours add a few);
  // `later` for a scan in its own task, after the page has had its turn.
  function schedule(later = false): void {
    if (scheduled || stopped) return;
    scheduled = true;
    if (later) win.setTimeout(guarded('plugins-scan', scan), 0);
    else queueMicrotask(guarded('plugins-scan', scan));
  }

  // Where the list will be: the container when the page has it, else the whole body. subtree:
  // a delete replaces div.plugins deep inside, and #plugins-container itself sees no change.
  const root = doc.getElementById('plugins-container') ?? doc.body ?? doc.documentElement;
  const observer = new MutationObserver(guarded('plugins-observe', () => schedule()));
  observer.observe(root, { childList: true, subtree: true });
  schedule();

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      doc.removeEventListener('click', onClick, true);
      api.stop();
    },
  };
}
