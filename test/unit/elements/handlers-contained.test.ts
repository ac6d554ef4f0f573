// Every method an element's template binds to an event is named in its define() call, so that
// define() wraps it and nothing it throws reaches the host page (internal/define.ts). Read from
// the sources: a handler added to a template without being listed fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ELEMENTS = resolve(fileURLToPath(import.meta.url), '../../../../src/elements');
const files = readdirSync(ELEMENTS).filter((name) => /^tpgo-.*\.ts$/.test(name));

/** The methods the template's `@event=${...}` bindings call; throws on a binding of another shape. */
function boundHandlers(source: string): string[] {
  const names = new Set<string>();
  for (const [binding, expression] of source.matchAll(/@[a-z-]+=\$\{([^}]*)\}/g)) {
    const trimmed = expression!.trim();
    const name =
      /^this\.(\w+)$/.exec(trimmed)?.[1] ??
      /^\([^)]*\)\s*=>\s*this\.(\w+)\([^()]*\)$/.exec(trimmed)?.[1];
    if (!name) throw new Error(`bind a method, or an arrow that calls one: ${binding}`);
    names.add(name);
  }
  return [...names].sort();
}

function guardedHandlers(source: string): string[] {
  const call = /\ndefine\(\s*'[^']+',\s*\w+,\s*\[([^\]]*)\]\s*\)/.exec(source);
  if (!call) return [];
  return [...call[1]!.matchAll(/'(\w+)'/g)].map((match) => match[1]!).sort();
}

describe('element event handlers', () => {
  it('finds the elements', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)('%s: every bound handler is contained by define()', (file) => {
    const source = readFileSync(join(ELEMENTS, file), 'utf8');
    const bound = boundHandlers(source);
    expect(bound.length).toBeGreaterThan(0);
    const guarded = guardedHandlers(source);
    expect(bound.filter((name) => !guarded.includes(name))).toEqual([]);
  });

  it('tells a method binding from anything else', () => {
    expect(boundHandlers('@click=${this.copy} @input=${() => this.use(finding)}')).toEqual([
      'copy',
      'use',
    ]);
    expect(() => boundHandlers('@click=${() => { this.x = 1; }}')).toThrow(/bind a method/);
  });
});
