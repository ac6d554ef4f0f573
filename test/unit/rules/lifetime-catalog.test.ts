// The lifetime catalog (src/rules/lifetime-messages.ts), held like the other catalogs: every entry
// is used somewhere in src/, and every entry renders, with realistic and edge arguments, as text
// without "undefined", "NaN" or "[object". A new entry without a use or a sample fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lifetimeText, type EndReason } from '../../../src/rules/lifetime-messages.js';

const SRC = join(import.meta.dirname, '../../../src');
const CATALOG = 'rules/lifetime-messages.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `alias.entry` uses, in every file that imports lifetimeText (under whatever name). */
function usedEntries(): Set<string> {
  const used = new Set<string>();
  for (const path of sources(SRC)) {
    if (relative(SRC, path) === CATALOG) continue;
    const text = readFileSync(path, 'utf8');
    const imported = /import\s*\{[^}]*\blifetimeText(?:\s+as\s+(\w+))?[^}]*\}/.exec(text);
    if (!imported) continue;
    const alias = imported[1] ?? 'lifetimeText';
    for (const match of text.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))) used.add(match[1]!);
  }
  return used;
}

const DAYS = [-1, 0, 1, 2, 7, 30];
const DAY_TEXTS = ['14 Dec', 'Mon 14 Dec', '1 Jan'];
const REASONS: EndReason[] = ['testing', 'limited'];

/** Sample argument lists for each function entry: a new function needs one here. */
const SAMPLES: Record<string, unknown[][]> = {
  ends: DAY_TEXTS.flatMap((day) => DAYS.flatMap((days) => REASONS.map((r) => [day, days, r]))),
  ended: DAY_TEXTS.flatMap((day) => REASONS.map((r) => [day, r])),
  statusEnds: DAY_TEXTS.flatMap((day) => DAYS.map((days) => [day, days])),
  statusEndPassed: DAY_TEXTS.map((day) => [day]),
  statusStopped: DAY_TEXTS.flatMap((day) => REASONS.map((r) => [day, r])),
};

/** Every text an entry can give: itself, each array item, each sample call's result. */
function rendered(name: string, entry: unknown): unknown[] {
  if (typeof entry === 'function') {
    const samples = SAMPLES[name];
    if (!samples) throw new Error(`no sample arguments for lifetimeText.${name}`);
    return samples.map((args) => (entry as (...a: unknown[]) => unknown)(...args));
  }
  return Array.isArray(entry) ? entry : [entry];
}

describe('lifetimeText catalog', () => {
  const entries = Object.entries(lifetimeText);

  it('has every entry used in src/', () => {
    const used = usedEntries();
    expect(entries.map(([name]) => name).filter((name) => !used.has(name))).toEqual([]);
  });

  it('has no sample for an entry that is gone', () => {
    expect(Object.keys(SAMPLES).filter((name) => !(name in lifetimeText))).toEqual([]);
  });

  for (const [name, entry] of entries) {
    it(`${name} renders as plain text`, () => {
      const texts = rendered(name, entry);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        expect(typeof text).toBe('string');
        const line = text as string;
        expect(line.trim()).toBe(line);
        expect(line.length).toBeGreaterThan(3);
        expect(line).not.toMatch(/undefined|NaN|null|\[object|\$\{/);
      }
    });
  }

  it('counts the days in words: today, tomorrow, in N days', () => {
    expect(lifetimeText.statusEnds('14 Dec', 3)).toBe(
      'Connected: Google ends this sign-in on 14 Dec, in 3 days',
    );
    expect(lifetimeText.statusEnds('14 Dec', 1)).toContain('tomorrow');
    expect(lifetimeText.statusEnds('14 Dec', 0)).toContain('today, 14 Dec');
    expect(lifetimeText.statusStopped('14 Dec', 'testing')).toBe(
      'Stopped on 14 Dec: the 7-day Testing sign-in ended',
    );
  });
});
