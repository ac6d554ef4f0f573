// Bytes over the wire: every file of the split install and the paste file, minified, gzip -9
// and brotli, against their budgets and the "Lit alone" baseline, and what each part of the
// source costs in the editor chunk (the file the editor page adds to the loader).
//
// Per-part method: the bench builds the installable file with a hidden source map (same bytes),
// walks the map's segments and gives every character of the minified file to the source file
// it came from. "min" is the part's minified bytes (they add up to the file exactly); "gzip" is
// the part's marginal gzip cost: gzip -9 of the whole file minus gzip -9 of the file with that
// part's characters cut out. Marginal costs do not add up to the total (parts share a
// dictionary); each one says what removing that part alone would save.
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const KB = 1024;
/** Every Targetprocess page downloads the loader (issue 14). */
export const LOADER_BUDGET_GZIP = 2 * KB;
/** Each chunk of the split install. */
export const BUDGET_GZIP = 32 * KB;
/**
 * The paste file carries everything (loader, every page's code, the first-use chunks): what a
 * user feels is its cost off the editor (the bench's "Off the editor" rows), not its bytes.
 */
export const PASTE_BUDGET_GZIP = 56 * KB;

export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}

export interface Part {
  part: string;
  min: number;
  /** gzip -9 of the whole file minus gzip -9 of the file without this part. */
  gzipMarginal: number;
  /** gzip -9 of this part's characters alone. */
  gzipAlone: number;
  files: { file: string; min: number }[];
}

export interface FileBytes {
  /** Its path as installed: under the split install's folder, or `paste: <name>`. */
  file: string;
  sizes: Sizes;
  /** The gzip budget it is held to, if any. */
  budgetGzip: number | null;
  verdict: 'PASS' | 'MISSED' | null;
}

export interface BytesResult {
  /** Every file of the split install, then the paste file. */
  files: FileBytes[];
  loader: Sizes;
  editorChunk: Sizes;
  paste: Sizes;
  /** The editor chunk (budget and parts below are about it). */
  mashup: Sizes;
  litAlone: Sizes;
  ratioToLitAlone: { min: number; gzip: number; brotli: number };
  budget: {
    gzip: number;
    verdict: 'PASS' | 'MISSED';
  };
  parts: Part[];
  /** Line breaks and indentation left inside css`` and html`` templates (terser keeps them). */
  templateWhitespace: { min: number; gzip: number };
  method: string;
}

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;

export function sizes(data: Buffer): Sizes {
  return { min: data.length, gzip: gzip(data), brotli: brotli(data) };
}

/** The parts the issue names, by source path (webpack:// paths from the source map). */
export function partOf(source: string | null): string {
  if (source === null) return 'webpack runtime / unmapped';
  const path = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'Lit';
  if (/node_modules\/zod\//.test(path)) return 'zod (zod/mini)';
  if (path === 'src/rules/messages.ts') return 'messages catalog (src/rules/messages.ts)';
  if (/^src\/(rules|google)\//.test(path)) return 'rules (src/rules, other)';
  if (path === 'src/elements/strings.ts') return 'element strings (src/elements/strings.ts)';
  if (/^src\/elements\//.test(path)) return 'elements (src/elements, other)';
  if (/^src\/host\//.test(path) || path === 'src/loader.ts')
    return 'host (src/host, src/loader.ts)';
  return `other: ${path}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one source-map segment's base64 VLQ fields. */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/**
 * Splits the generated code into runs, each owned by one source (or null when unmapped).
 * Columns are UTF-16 code units, as in the map.
 */
export function attribute(code: string, map: SourceMap): { source: string | null; text: string }[] {
  const lines = code.split('\n');
  const groups = map.mappings.split(';');
  const runs: { source: string | null; text: string }[] = [];
  let sourceIndex = 0;
  // Terser leaves multi-line template literals (Lit's css`` and html``) as they are, and the
  // map has no segment on their continuation lines: those belong to the source before them.
  let lastSource: string | null = null;
  lines.forEach((line, lineNo) => {
    const eol = lineNo < lines.length - 1 ? '\n' : '';
    const segments = (groups[lineNo] ?? '').split(',').filter(Boolean);
    let column = 0;
    const starts: { column: number; source: string | null }[] = [];
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0]!;
      let source: string | null = null;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        source = map.sources[sourceIndex] ?? null;
      }
      starts.push({ column, source });
    }
    if (starts.length === 0 || starts[0]!.column > 0) {
      starts.unshift({ column: 0, source: lastSource });
    }
    starts.forEach((start, i) => {
      const next = i + 1 < starts.length ? starts[i + 1]!.column : line.length;
      const text = line.slice(start.column, next) + (i === starts.length - 1 ? eol : '');
      if (text) runs.push({ source: start.source, text });
    });
    lastSource = starts[starts.length - 1]!.source;
  });
  return runs;
}

/** The files of a folder, recursively, as relative paths; source maps left out. */
async function filesUnder(dir: string, sub = ''): Promise<string[]> {
  const entries = await readdir(join(dir, sub), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(dir, rel);
      return Promise.resolve(rel.endsWith('.map') ? [] : [rel]);
    }),
  );
  return nested.flat().sort();
}

export interface BytesInput {
  /** The split install's loader; the folder it is in is the split install. */
  loaderFile: string;
  editorChunkFile: string;
  editorChunkMap: string;
  pasteFile: string;
  litAloneFile: string;
}

export async function measureBytes(input: BytesInput): Promise<BytesResult> {
  const splitDir = dirname(input.loaderFile);
  const splitFiles = await filesUnder(splitDir);
  const files: FileBytes[] = [];
  const budgetOf = (rel: string) =>
    rel === basename(input.loaderFile)
      ? LOADER_BUDGET_GZIP
      : rel.endsWith('.js')
        ? BUDGET_GZIP
        : null;
  for (const rel of splitFiles) {
    const data = await readFile(join(splitDir, rel));
    const budgetGzip = budgetOf(rel);
    const measured = sizes(data);
    files.push({
      file: rel,
      sizes: measured,
      budgetGzip,
      verdict: budgetGzip === null ? null : measured.gzip <= budgetGzip ? 'PASS' : 'MISSED',
    });
  }
  const pasteSizes = sizes(await readFile(input.pasteFile));
  files.push({
    file: `paste: ${basename(input.pasteFile)}`,
    sizes: pasteSizes,
    budgetGzip: PASTE_BUDGET_GZIP,
    verdict: pasteSizes.gzip <= PASTE_BUDGET_GZIP ? 'PASS' : 'MISSED',
  });
  const loader = sizes(await readFile(input.loaderFile));
  const [mashup, litAlone, mapText] = await Promise.all([
    readFile(input.editorChunkFile),
    readFile(input.litAloneFile),
    readFile(input.editorChunkMap, 'utf8'),
  ]);
  const m = sizes(mashup);
  const l = sizes(litAlone);
  const code = mashup.toString('utf8');
  const runs = attribute(code, JSON.parse(mapText) as SourceMap);

  const byPart = new Map<string, { text: string[]; files: Map<string, number> }>();
  for (const run of runs) {
    const part = partOf(run.source);
    const entry = byPart.get(part) ?? { text: [] as string[], files: new Map<string, number>() };
    entry.text.push(run.text);
    const file = (run.source ?? '(unmapped)').replace(/^webpack:\/\/[^/]*\/\.\//, '');
    entry.files.set(file, (entry.files.get(file) ?? 0) + Buffer.byteLength(run.text));
    byPart.set(part, entry);
  }
  const attributed = [...byPart.values()].reduce(
    (sum, e) => sum + Buffer.byteLength(e.text.join('')),
    0,
  );
  if (attributed !== m.min) {
    throw new Error(`source-map attribution covers ${attributed} of ${m.min} bytes`);
  }
  const parts: Part[] = [...byPart.entries()].map(([part, entry]) => {
    const without = runs
      .filter((run) => partOf(run.source) !== part)
      .map((run) => run.text)
      .join('');
    return {
      part,
      min: Buffer.byteLength(entry.text.join('')),
      gzipMarginal: m.gzip - gzip(without),
      gzipAlone: gzip(entry.text.join('')),
      files: [...entry.files.entries()]
        .map(([file, min]) => ({ file, min }))
        .sort((a, b) => b.min - a.min),
    };
  });
  parts.sort((a, b) => b.min - a.min);
  const collapsed = code.replace(/\n[ \t]+/g, '\n');
  return {
    files,
    loader,
    editorChunk: m,
    paste: pasteSizes,
    mashup: m,
    litAlone: l,
    ratioToLitAlone: { min: m.min / l.min, gzip: m.gzip / l.gzip, brotli: m.brotli / l.brotli },
    budget: {
      gzip: BUDGET_GZIP,
      verdict: m.gzip <= BUDGET_GZIP ? 'PASS' : 'MISSED',
    },
    parts,
    templateWhitespace: {
      min: m.min - Buffer.byteLength(collapsed),
      gzip: m.gzip - gzip(collapsed),
    },
    method:
      'per part: minified bytes attributed through the hidden source map; gzip = marginal ' +
      '(gzip -9 of the file minus gzip -9 of the file without that part)',
  };
}
