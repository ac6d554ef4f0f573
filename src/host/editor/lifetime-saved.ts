// A saved profile opened in the editor: what Targetprocess remembers of its sign-in. One profile
// GET (its OAuthState's stamps and Scope; the token values are dropped at once), one storage
// list read, the owners checked as administrators, and the record that counts by
// lifetime-record.ts's rules (claims bounded by the profile's current stamps). Never throws.
import { mailPermissionOf } from '../../rules/lifetime.js';
import { RECORD_GROUP, currentRecord, ownersOf } from '../../rules/lifetime-record.js';
import { parseRecords } from '../../rules/lifetime-record-read.js';
import type { SavedLifetime } from '../../rules/setup-interaction.js';
import { readProfile } from '../health-answers.js';
import { PluginsApi } from '../plugin-api.js';
import type { StorageClient } from '../storage.js';

const own = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;

export async function readSavedLifetime(
  win: Window,
  storage: StorageClient,
  name: string,
  now: () => Date = () => new Date(),
): Promise<SavedLifetime | undefined> {
  let body: unknown;
  try {
    body = await new PluginsApi(win).profile(name);
  } catch {
    return undefined;
  }
  const profile = readProfile(body);
  if (!profile?.isGoogle) return undefined;
  const mail = mailPermissionOf(own(own(body, 'Settings'), 'OAuthState'));
  body = undefined;
  const profileName = profile.name || name;
  const items = await storage.list(RECORD_GROUP);
  const records = items ? parseRecords({ items }) : 'no-data';
  let record: SavedLifetime['record'] = null;
  if (records !== 'no-data' && records.length > 0) {
    const admins = await storage.administrators(ownersOf(records, [profileName]));
    const found = currentRecord(records, profileName, admins, profile.stamps, now());
    if (found)
      record = { signedAt: found.signedAt, endsAt: found.endsAt, mailGranted: found.mailGranted };
  }
  return record || mail !== 'unknown' ? { record, mail } : undefined;
}
