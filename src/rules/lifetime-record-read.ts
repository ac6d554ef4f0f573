// Reading the sign-in records back from RESTful Storage (docs/host.md §9): any item of any shape
// may be there, written by any user; what is not a record of ours is dropped, and nothing throws.
import {
  MAX_RECORDS,
  SignInRecordSchema,
  recordKey,
  validUserId,
  type StoredRecord,
} from './lifetime-record.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function own(object: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
}

/** A `publicData` value: JSON-encoded (TPP's client) or plain; strings capped. */
function decodeValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value.length > 1024) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function readOwner(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value;
  return validUserId(n) ? n : undefined;
}

/** One storage item as a record; undefined for another shape, or a key not its own. */
export function readRecord(item: unknown): StoredRecord | undefined {
  if (!isObject(item)) return undefined;
  const key = own(item, 'key');
  const ownerId = readOwner(own(item, 'ownerId'));
  const data = own(item, 'publicData');
  if (typeof key !== 'string' || ownerId === undefined || !isObject(data)) return undefined;
  const decoded: Record<string, unknown> = {};
  for (const name of ['version', 'profile', 'signedAt', 'endsAt', 'mailGranted']) {
    decoded[name] = decodeValue(own(data, name));
  }
  const parsed = SignInRecordSchema.safeParse(decoded);
  if (!parsed.success) return undefined;
  // One item per profile and signer: an item under another key is not one of ours.
  if (key !== recordKey(parsed.data.profile, ownerId)) return undefined;
  return { ...parsed.data, key, ownerId };
}

/**
 * A group listing (`{"items":[…]}`, docs/host.md §9) as records; items of another shape are dropped.
 * "no-data" when it is not a listing at all. Never throws.
 */
export function parseRecords(body: unknown): StoredRecord[] | 'no-data' {
  try {
    const items = isObject(body) ? own(body, 'items') : undefined;
    if (!Array.isArray(items)) return 'no-data';
    const records: StoredRecord[] = [];
    for (const item of items.slice(0, MAX_RECORDS)) {
      const record = readRecord(item);
      if (record) records.push(record);
    }
    return records;
  } catch {
    return 'no-data';
  }
}

/** The same from the answer's text. */
export function parseRecordsText(text: unknown): StoredRecord[] | 'no-data' {
  if (typeof text !== 'string') return 'no-data';
  try {
    return parseRecords(JSON.parse(text) as unknown);
  } catch {
    return 'no-data';
  }
}
