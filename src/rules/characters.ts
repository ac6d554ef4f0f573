// Character-level helpers shared by the checks: finding invisible, control, look-alike and other
// non-ASCII characters in a pasted value, naming them, and cleaning them out.

import { LOOK_ALIKE_LETTERS, LOOK_ALIKE_OTHERS, NAMES, WORDS } from './character-names.js';

/** What kind of stray character it is; decides the finding code. */
export type CharKind = 'whitespace' | 'invisible' | 'control' | 'look-alike' | 'non-ascii';

export interface CharIssue {
  readonly kind: CharKind;
  /** 1-based position in code points, counted from the start of the raw value. */
  readonly position: number;
  readonly codePoint: number;
  /** e.g. `U+200B zero-width space`: for the details, where the code point helps. */
  readonly description: string;
  /** In words, for a headline: `a zero-width space`, `a Cyrillic letter that looks like Latin a`. */
  readonly name: string;
  /** For a look-alike: the ASCII character it imitates. */
  readonly ascii?: string;
}

function hex(codePoint: number): string {
  return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
}

function isWhitespace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x061c ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff);
}

function lookAlike(cp: number): readonly [string, string] | undefined {
  const known = LOOK_ALIKE_OTHERS.get(cp);
  if (known) return known;
  const i = LOOK_ALIKE_LETTERS.indexOf(String.fromCharCode(cp));
  if (cp > 0x36f && cp < 0x530 && i % 2 === 0) {
    const ascii = LOOK_ALIKE_LETTERS[i + 1]!;
    const script = cp < 0x400 ? 'Greek' : 'Cyrillic';
    return [ascii, `${script} ${ascii < 'a' ? 'capital' : 'small'} letter ${ascii}`];
  }
  // Fullwidth forms of ASCII (！ to ～) read as their ASCII twins.
  if (cp >= 0xff01 && cp <= 0xff5e) {
    const ascii = String.fromCharCode(cp - 0xfee0);
    return [ascii, `fullwidth "${ascii}"`];
  }
  return undefined;
}

const AN = /^[aeiou]/i;

/** The character in words, with its article, for a headline; never the code point. */
export function nameInWords(cp: number): string {
  const known = WORDS.get(cp);
  if (known) return known;
  const kind = kindOf(cp);
  if (kind === 'whitespace') return 'an unusual space';
  if (kind === 'invisible') {
    return (cp >= 0x200e && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || cp === 0x061c
      ? 'an invisible text-direction mark'
      : 'an invisible character';
  }
  if (kind === 'control') return 'a control character';
  const twin = lookAlike(cp);
  if (twin) {
    const [ascii, name] = twin;
    const script = /^(Cyrillic|Greek)\b/.exec(name)?.[1];
    if (script) return `a ${script} letter that looks like Latin ${ascii}`;
    if (name.startsWith('fullwidth')) return `a full-width "${ascii}"`;
    const plain = name.replace(/^Latin small letter /, '');
    const what = /[a-z]/i.test(ascii) ? `Latin ${ascii}` : `"${ascii}"`;
    return `${AN.test(plain) ? 'an' : 'a'} ${plain} that looks like ${what}`;
  }
  return `the character "${String.fromCodePoint(cp)}"`;
}

export function kindOf(cp: number): CharKind | undefined {
  if (isWhitespace(cp)) return 'whitespace';
  if (isInvisible(cp)) return 'invisible';
  if (isControl(cp)) return 'control';
  if (cp < 0x80) return undefined;
  if (lookAlike(cp)) return 'look-alike';
  return 'non-ascii';
}

/** `U+200B zero-width space`, `U+0430 Cyrillic small letter a`, `U+00E9 "é"`. */
export function describeCodePoint(cp: number): string {
  const name = NAMES.get(cp) ?? lookAlike(cp)?.[1];
  if (name) return `${hex(cp)} ${name}`;
  if (isControl(cp)) return `${hex(cp)} control character`;
  if (isInvisible(cp)) return `${hex(cp)} invisible formatting character`;
  return `${hex(cp)} "${String.fromCodePoint(cp)}"`;
}

/**
 * The stray characters of `raw`, with positions counted in code points from its start. Inside
 * `raw[start, end)` (code units) every kind counts; outside it (around the value, where quotes
 * and outer whitespace are reported on their own) only invisible and control characters.
 * Callers keep `raw` short (they report "too long" first), so a full scan is cheap.
 */
export function findCharIssues(raw: string, start = 0, end = raw.length): CharIssue[] {
  const issues: CharIssue[] = [];
  let position = 0;
  for (let i = 0; i < raw.length;) {
    const cp = raw.codePointAt(i) ?? 0;
    position += 1;
    const kind = kindOf(cp);
    const inside = i >= start && i < end;
    if (kind && (inside || kind === 'invisible' || kind === 'control')) {
      const ascii = kind === 'look-alike' ? lookAlike(cp)?.[0] : undefined;
      issues.push({
        kind,
        position,
        codePoint: cp,
        description: describeCodePoint(cp),
        name: nameInWords(cp),
        ascii,
      });
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return issues;
}

/** The value with whitespace, invisible and control characters removed and look-alikes made ASCII. */
export function cleanCharacters(value: string): string {
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    const kind = kindOf(cp);
    if (kind === 'whitespace' || kind === 'invisible' || kind === 'control') continue;
    out += kind === 'look-alike' ? (lookAlike(cp)?.[0] ?? ch) : ch;
  }
  return out;
}

/** Length in code points, as an admin would count characters. */
export function codePointLength(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['{', '}'],
  ['<', '>'],
  ['[', ']'],
  ['(', ')'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['\u00ab', '\u00bb'],
];

/**
 * Whether there is whitespace in `raw` outside `[start, end)`, not counting the whitespace that
 * only separates a label from its value ("Client ID: x" has no space around the ID).
 */
export function hasOuterWhitespace(
  raw: string,
  range: { start: number; end: number; labels?: ReadonlyArray<readonly [number, number]> },
): boolean {
  const inLabel = (i: number): boolean =>
    (range.labels ?? []).some(([from, to]) => i >= from && i < to);
  for (let i = 0; i < raw.length; i++) {
    if (i === range.start) i = Math.max(range.end, i);
    if (i < raw.length && kindOf(raw.charCodeAt(i)) === 'whitespace' && !inLabel(i)) return true;
  }
  return false;
}

export interface Unwrapped {
  /** Code-unit range of the value inside `raw` once whitespace, wrappers and a label are gone. */
  readonly start: number;
  readonly end: number;
  readonly wrapped: boolean;
  readonly labelled: boolean;
  /** Code-unit ranges of the labels peeled off, each with the whitespace that followed it. */
  readonly labels: ReadonlyArray<readonly [number, number]>;
}

/**
 * Peels outer whitespace, quotes, braces, `<...>` and a leading `client_id:` style label off a
 * pasted value, as often happens when it is copied from a template, JSON or a chat.
 */
export function unwrap(raw: string, label?: RegExp): Unwrapped {
  let start = 0;
  let end = raw.length;
  let wrapped = false;
  let labelled = false;
  const labels: Array<readonly [number, number]> = [];
  // Invisible and control characters at the ends are peeled like spaces (and reported apart).
  const isSpace = (i: number): boolean => {
    const kind = kindOf(raw.charCodeAt(i));
    return kind === 'whitespace' || kind === 'invisible' || kind === 'control';
  };
  const trim = (): void => {
    while (start < end && isSpace(start)) start++;
    while (end > start && isSpace(end - 1)) end--;
  };
  trim();
  for (let round = 0; round < 6; round++) {
    let changed = false;
    if (label) {
      const match = label.exec(raw.slice(start, Math.min(end, start + 40)));
      if (match && match[0].length < end - start) {
        const from = start;
        start += match[0].length;
        labelled = true;
        changed = true;
        // A label copied from JSON usually drags a trailing comma along.
        while (end > start && (raw[end - 1] === ',' || raw[end - 1] === ';')) end--;
        trim();
        labels.push([from, start]);
      }
    }
    for (const [open, close] of WRAPPERS) {
      if (end - start >= 2 && raw[start] === open && raw[end - 1] === close) {
        start++;
        end--;
        wrapped = true;
        changed = true;
        trim();
        break;
      }
    }
    if (!changed) break;
  }
  return { start, end, wrapped, labelled, labels };
}

/** Levenshtein distance, for short strings only (callers cap the lengths). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
