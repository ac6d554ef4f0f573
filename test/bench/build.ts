// Builds what the bench measures, with webpack's Node API and the project's own
// webpack.config.js, into a temp dir (never into mashup/ or dist/, which other work may be
// rebuilding):
// - the split install, byte-identical to `npm run build` (loader, chunks/editor.js, .cfg,
//   chunks/mashup.ignore), and the paste file, byte-identical to `npm run build:paste`, each
//   with hidden source maps so that their bytes can be attributed to source files;
// - the "Lit alone" baseline: one trivial LitElement built with the same settings;
// - the rules alone as a classic script, for timing checks in a blank browser page.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack, { type Configuration } from 'webpack';
import makeConfig from '../../webpack.config.js';
import { MASHUP_NAME } from '../../mashup.config.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');

export interface BenchBuild {
  dir: string;
  /** The split install's loader, as `npm run build` writes it (its .cfg and chunks/ beside it). */
  mashupFile: string;
  mashupMap: string;
  /** The split install's editor chunk. */
  editorChunkFile: string;
  editorChunkMap: string;
  /** The paste file, as `npm run build:paste` writes it. */
  pasteFile: string;
  pasteMap: string;
  litAloneFile: string;
  rulesFile: string;
  seconds: number;
}

function variant(
  base: Configuration,
  name: string,
  entry: string,
  outDir: string,
  filename: string,
  devtool: Configuration['devtool'] = false,
): Configuration {
  // The loader's own steps (its chunk names, its runtime) only for the loader: another entry has
  // no CHUNK_NAMES mark and no chunks.
  const loader = entry.endsWith('src/loader.ts');
  return {
    ...base,
    name,
    entry,
    devtool,
    plugins: (base.plugins ?? []).filter(
      (plugin) =>
        loader ||
        !['ChunkNamesPlugin', 'LoaderRuntimePlugin'].includes(plugin?.constructor.name ?? ''),
    ),
    output: { ...base.output, path: outDir, filename, clean: false },
  };
}

function run(configs: Configuration[]): Promise<void> {
  return new Promise((done, fail) => {
    const compiler = webpack(configs);
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
      else done();
    });
  });
}

const LOADER_ONLY_PLUGINS = ['ChunkNamesPlugin', 'LoaderRuntimePlugin'];

export async function buildAll(): Promise<BenchBuild> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'tpgo-bench-'));
  const make = makeConfig as (env: unknown, argv: { mode: string }) => Configuration;
  const base = make({}, { mode: 'production' });
  const pasteBase = make({ paste: true }, { mode: 'production' });
  // The loader's own build steps (its chunk names, its runtime in place of webpack's) fail on an
  // entry that is not the loader: Lit alone and the rules are built without them.
  const plain: Configuration = {
    ...base,
    plugins: (base.plugins ?? []).filter(
      (plugin) => !LOADER_ONLY_PLUGINS.includes(plugin?.constructor?.name ?? ''),
    ),
  };
  const entry = resolve(ROOT, 'src/loader.ts');
  const mashupDir = join(dir, 'mashup');
  const pasteDir = join(dir, 'dist');
  const file = `${MASHUP_NAME}.js`;
  await run([
    // hidden-source-map writes the map beside the file without a comment in it, so the JS is
    // the same bytes as the installable one.
    variant(base, 'mashup', entry, mashupDir, file, 'hidden-source-map'),
    variant(pasteBase, 'paste', entry, pasteDir, file, 'hidden-source-map'),
    variant(plain, 'lit-alone', join(HERE, 'fixtures/lit-alone.ts'), join(dir, 'lit'), 'lit.js'),
    variant(plain, 'rules', join(HERE, 'fixtures/rules-entry.ts'), join(dir, 'rules'), 'rules.js'),
  ]);
  return {
    dir,
    mashupFile: join(mashupDir, file),
    mashupMap: join(mashupDir, `${file}.map`),
    editorChunkFile: join(mashupDir, 'chunks/editor.js'),
    editorChunkMap: join(mashupDir, 'chunks/editor.js.map'),
    pasteFile: join(pasteDir, file),
    pasteMap: join(pasteDir, `${file}.map`),
    litAloneFile: join(dir, 'lit', 'lit.js'),
    rulesFile: join(dir, 'rules', 'rules.js'),
    seconds: (performance.now() - started) / 1000,
  };
}
