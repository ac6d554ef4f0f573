// The code's layout (docs/architecture.md): imports point inward only, host to elements to rules, never back;
// each Targetprocess page's code stays in its own folder; the loader, which every page
// downloads, imports nothing but the page signs and the registration, and the two pages only
// through import(); and no module reaches itself again through its imports.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

interface Edge {
  from: string;
  to: string;
  dynamic: boolean;
}

/** Every relative import of every module under src/, by path relative to src/. */
function readImports(): { modules: string[]; edges: Edge[] } {
  const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.split('\\').join('/'));
  const edges: Edge[] = [];
  for (const from of modules) {
    const text = readFileSync(join(SRC, from), 'utf8');
    // `from '…'`, `import '…'` (side effects only) and `import(/* comment */ '…')`.
    const pattern =
      /(?:\bfrom\s+|\bimport\s+|\bimport\s*\(\s*(?:\/\*[^]*?\*\/\s*)?)'(\.{1,2}\/[^']+)'/g;
    for (const match of text.matchAll(pattern)) {
      const target = resolve(dirname(join(SRC, from)), match[1]!.replace(/\.js$/, '.ts'));
      edges.push({
        from,
        to: relative(SRC, target).split('\\').join('/'),
        dynamic: match[0].includes('('),
      });
    }
  }
  return { modules, edges };
}

/** rules, google, elements, host (shared), host/editor, host/plugins, loader, cli. */
function layerOf(path: string): string {
  if (path === 'loader.ts') return 'loader';
  const [top, second, third] = path.split('/');
  if (top === 'host' && third !== undefined) return `host/${second}`;
  return second === undefined ? path : top!;
}

/** What each layer may import (besides itself). Outside src/ only the CLI goes (the config). */
const ALLOWED: Record<string, string[]> = {
  rules: [],
  google: ['rules'],
  elements: ['rules'],
  host: ['elements', 'rules'],
  'host/editor': ['host', 'elements', 'rules', 'google'],
  'host/plugins': ['host', 'elements', 'rules'],
  loader: ['host', 'host/editor', 'host/plugins'],
  cli: ['..'],
};

const { modules, edges } = readImports();

describe('code layout', () => {
  it('finds the modules and their imports (the scan itself works)', () => {
    expect(modules).toContain('loader.ts');
    expect(modules).toContain('host/editor/session.ts');
    expect(edges.some((e) => e.from === 'loader.ts' && e.dynamic)).toBe(true);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('points every import inward: host to elements to rules, never back', () => {
    const wrong = edges
      .map((edge) => ({ ...edge, fromLayer: layerOf(edge.from), toLayer: layerOf(edge.to) }))
      .filter(({ fromLayer, toLayer, to }) => {
        if (fromLayer === toLayer) return false;
        const allowed = ALLOWED[fromLayer];
        if (!allowed) return true;
        return !allowed.includes(to.startsWith('../') ? '..' : toLayer);
      })
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(wrong).toEqual([]);
  });

  it('keeps each page in its own folder: the editor and the Plugins page never import each other', () => {
    const across = edges.filter(
      ({ from, to }) =>
        (layerOf(from) === 'host/editor' && layerOf(to) === 'host/plugins') ||
        (layerOf(from) === 'host/plugins' && layerOf(to) === 'host/editor'),
    );
    expect(across).toEqual([]);
  });

  it('gives the loader only the page signs and the registration; each page comes by import()', () => {
    const fromLoader = edges.filter((edge) => edge.from === 'loader.ts');
    expect(fromLoader.filter((e) => !e.dynamic).map((e) => e.to)).toEqual([
      'host/pages.ts',
      'host/tau.ts',
    ]);
    expect(fromLoader.filter((e) => e.dynamic).map((e) => e.to)).toEqual([
      'host/editor/index.ts',
      'host/plugins/index.ts',
    ]);
    // What the loader imports stands alone.
    const leaves = edges.filter((e) => e.from === 'host/pages.ts' || e.from === 'host/tau.ts');
    expect(leaves).toEqual([]);
  });

  it('has no circle of imports', () => {
    const next = new Map<string, string[]>();
    for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
    const done = new Set<string>();
    const circles: string[] = [];
    const visit = (module: string, path: string[]) => {
      if (path.includes(module)) {
        circles.push([...path.slice(path.indexOf(module)), module].join(' -> '));
        return;
      }
      if (done.has(module)) return;
      for (const to of next.get(module) ?? []) visit(to, [...path, module]);
      done.add(module);
    };
    for (const module of modules) visit(module, []);
    expect(circles).toEqual([]);
  });
});

/** The longest a module under src/ may be (issue 21): a file longer than this has a seam. */
const MAX_LINES = 300;
/** Catalogs of words or names, files of their own named for it, are excepted. */
const CATALOG = /(messages|strings|text|names)[^/]*\.ts$/;

function linesOf(module: string): number {
  const text = readFileSync(join(SRC, module), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('small files', () => {
  it('tells catalogs from code by their names (the exception itself works)', () => {
    expect(modules.filter((m) => CATALOG.test(m))).toEqual(
      expect.arrayContaining(['rules/messages.ts', 'elements/strings.ts', 'host/editor/text.ts']),
    );
    expect(CATALOG.test('host/editor/session.ts')).toBe(false);
    expect(CATALOG.test('texts/session.ts')).toBe(false);
    expect(linesOf('loader.ts')).toBeGreaterThan(10);
  });

  it(`keeps every module under src/ at ${MAX_LINES} lines or fewer, catalogs excepted`, () => {
    const long = modules
      .filter((m) => !CATALOG.test(m))
      .map((m) => `${m}: ${linesOf(m)} lines`)
      .filter((line) => Number(/: (\d+) lines$/.exec(line)![1]) > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('keeps the editor session, the class every capability used to land in, at 200 lines or fewer', () => {
    expect(linesOf('host/editor/session.ts')).toBeLessThanOrEqual(200);
  });
});
