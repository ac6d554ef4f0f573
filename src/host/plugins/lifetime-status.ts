// Settings > Plugins: what the sign-in records in Targetprocess's storage (HOST.md §9) and a
// profile's granted scope add to its health verdict (issue 20): "Google ends this sign-in on
// 14 Dec, in 3 days", a dated "Stopped on 14 Dec: the 7-day Testing sign-in ended", or the
// missing Gmail permission. Requests: ONE storage list per page load, whatever the number of
// profiles, then one user GET per distinct record owner (cached); a delete of a profile on the
// page removes that profile's records found in the list. Every failure is "nothing to add".
import type { HealthVerdict } from '../../rules/health.js';
import {
  endFinding,
  endReason,
  mailMissingFinding,
  type LocalClock,
  type MailPermission,
} from '../../rules/lifetime.js';
import type { Finding } from '../../rules/finding.js';
import {
  RECORD_GROUP,
  currentRecord,
  lifetimeStatus,
  ownersOf,
  type SignInRecord,
  type StoredRecord,
} from '../../rules/lifetime-record.js';
import { parseRecords } from '../../rules/lifetime-record-read.js';
import type { SignInSeen } from '../profile-health.js';
import { StorageClient } from '../storage.js';

/** A health verdict, perhaps with a severity of its own (a warning while still connected). */
export type PluginsVerdict = HealthVerdict & { readonly severity?: 'error' | 'warning' };

interface Loaded {
  readonly records: readonly StoredRecord[];
  readonly admins: ReadonlySet<number>;
}

const NOTHING: Loaded = { records: [], admins: new Set() };

const sameName = (name: string) => name.normalize('NFC').trim().toLowerCase();

export interface LifetimeStatuses {
  /** The verdict with what the records and the granted scope add; `verdict` itself when nothing. Never rejects. */
  apply(name: string, verdict: HealthVerdict, signIn: SignInSeen): Promise<PluginsVerdict>;
  /** Removes the records of a profile the page deleted (quietly: a failure changes nothing). */
  forget(name: string): Promise<void>;
}

function explained(finding: Finding | undefined) {
  if (!finding) return {};
  return {
    cause: finding.message,
    fix: finding.fix,
    details: finding.details ? [finding.details] : [],
  };
}

/**
 * A health verdict with what the record that speaks for the profile (already checked: an
 * administrator's, its claims holding) and the granted Gmail permission add; `verdict` itself
 * when they add nothing. Pure: the demo and the bench use it as the page does.
 */
export function withLifetime(
  verdict: HealthVerdict,
  record: SignInRecord | undefined,
  mail: MailPermission,
  clock: LocalClock,
): PluginsVerdict {
  const status = lifetimeStatus(verdict, record, mail, clock);
  if (!status) return verdict;
  let finding: Finding | undefined;
  if (status.kind === 'mail-missing') finding = mailMissingFinding();
  else if (record && record.endsAt !== null)
    finding = endFinding(
      {
        signedAt: new Date(record.signedAt),
        endsAt: new Date(record.endsAt),
        reason: endReason((record.endsAt - record.signedAt) / 1000),
        mailGranted: record.mailGranted,
        gotRefreshToken: true,
      },
      clock,
    );
  return {
    ...verdict,
    ...explained(finding),
    headline: status.headline,
    severity: status.severity,
  };
}

/**
 * The Plugins page's sign-in records. `listedNames` gives the Email profiles on the page when
 * the records arrive: only their records' owners are asked about.
 */
export function lifetimeStatuses(
  win: Window,
  listedNames: () => readonly string[],
  storage = new StorageClient(win),
): LifetimeStatuses {
  let loaded: Promise<Loaded> | undefined;

  const load = (): Promise<Loaded> =>
    (loaded ??= (async () => {
      const items = await storage.list(RECORD_GROUP);
      if (!items) return NOTHING;
      const records = parseRecords({ items });
      if (records === 'no-data' || records.length === 0) return NOTHING;
      const admins = await storage.administrators(ownersOf(records, listedNames()));
      return { records, admins };
    })().catch(() => NOTHING));

  async function adjust(
    name: string,
    verdict: HealthVerdict,
    signIn: SignInSeen,
  ): Promise<PluginsVerdict> {
    const clock: LocalClock = { now: new Date() };
    let record: StoredRecord | undefined;
    // A missing permission needs no record; without stamps no record can hold.
    if (signIn.mail !== 'missing' && signIn.stamps) {
      const { records, admins } = await load();
      record = currentRecord(records, name, admins, signIn.stamps, clock.now);
    }
    return withLifetime(verdict, record, signIn.mail, clock);
  }

  return {
    async apply(name, verdict, signIn) {
      try {
        return await adjust(name, verdict, signIn);
      } catch {
        return verdict;
      }
    },
    async forget(name) {
      try {
        const { records } = await load();
        const key = sameName(name);
        for (const record of records) {
          if (sameName(record.profile) === key) await storage.remove(RECORD_GROUP, record.key);
        }
      } catch {
        // Nothing removed: the records stay, and a record never outlives its sign-in's stamps.
      }
    },
  };
}
