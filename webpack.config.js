// Builds the mashup in one of two layouts, both classic scripts (no AMD, no ES module, no eval):
// - `npm run build`: the SPLIT install in mashup/: the small loader (the only file that calls
//   tau.mashups), chunks/editor.js that it loads from the mashup's folder only where the editor
//   is (chunks/plugins.js on Settings > Plugins), the editor's first-use chunks (import.js,
//   diagnosis.js, google-check.js: src/host/editor/lazy.ts), chunks/mashup.ignore (Targetprocess must
//   not load chunks/ itself) and the .cfg.
// - `--env paste`: the PASTE file dist/google-oauth-assistant.js: the same loader with every
//   page's code inside it, for Mashup Manager's one-file Code box.
//
// Chunks are loaded by webpack's own JSONP runtime rather than a hand-written script loader:
// the same source (`import()` in src/loader.ts) gives both layouts, only this file differs, so
// a page is one entry in the loader's table; webpack's runtime already handles a chunk that
// fails or times out, a chunk requested twice, a second copy of the runtime on the page (a
// shared global array), and Trusted Types (a policy for the script URL, created on first use).
// The whole loader, runtime included, stays under its 2 KB gzip budget (the bench measures it).
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import webpack from 'webpack';
import TerserPlugin from 'terser-webpack-plugin';
import ts from 'typescript';
import { MASHUP_NAME, PLACEHOLDERS } from './mashup.config.js';

const root = dirname(fileURLToPath(import.meta.url));

/** The Trusted Types policy that turns a chunk's URL into a TrustedScriptURL (the page's CSP
 * must allow this name, beside Lit's `lit-html`). */
export const SCRIPT_URL_POLICY = 'tpgo-loader';

/** The chunks' global array: each chunk pushes its modules onto it (src/loader.ts listens). */
export const CHUNKS_GLOBAL = 'tpgoChunks';

const CHUNK_NAMES_MARK = '@@tpgo-chunk-names@@';

// The loader's Trusted Types policy turns only our own chunk files into script URLs: the names
// come from the build itself (a new import() chunk is known at once), put in place of the
// loader's CHUNK_NAMES before terser runs. Fails the build when the loader lacks the mark.
class ChunkNamesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkNamesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChunkNamesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          const chunks = [...compilation.chunks];
          const names = chunks.filter((chunk) => !chunk.hasRuntime()).map((chunk) => chunk.id);
          if (names.some((name) => !/^[a-z0-9-]+$/.test(String(name)))) {
            throw new Error(`chunk names must be [a-z0-9-]: ${names.join(', ')}`);
          }
          const file = `${MASHUP_NAME}.js`;
          const code = compilation.getAsset(file)?.source.source().toString() ?? '';
          const at = code.indexOf(CHUNK_NAMES_MARK);
          if (at < 0 || code.indexOf(CHUNK_NAMES_MARK, at + 1) >= 0) {
            throw new Error(`${file}: CHUNK_NAMES must appear exactly once`);
          }
          const source = new webpack.sources.ReplaceSource(compilation.getAsset(file).source);
          source.replace(at, at + CHUNK_NAMES_MARK.length - 1, names.sort().join(' '));
          compilation.updateAsset(file, source);
        },
      );
    });
  }
}

// Webpack's runtime modules that src/loader.ts replaces (its splitInstall): the JSONP loading
// (its global array calls any function pushed with a chunk, with webpack's require function),
// the script loader (with output.trustedTypes, a policy that takes any URL: not set), import()'s __webpack_require__.e (set
// by the loader) and the public path (the loader keeps its own checked folder). They generate
// nothing; what is left of the runtime is the module table, `d`, `o` and the chunk file name.
// Fails the build when one of them is not there (webpack renamed it: look again).
const REPLACED_RUNTIME = ['jsonp chunk loading', 'load script', 'ensure chunk', 'publicPath'];

class LoaderRuntimePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LoaderRuntimePlugin', (compilation) => {
      const seen = new Set();
      compilation.hooks.runtimeModule.tap('LoaderRuntimePlugin', (module) => {
        if (!REPLACED_RUNTIME.includes(module.name)) return;
        seen.add(module.name);
        module.generate = () => '';
      });
      compilation.hooks.afterSeal.tap('LoaderRuntimePlugin', () => {
        const missing = REPLACED_RUNTIME.filter((name) => !seen.has(name));
        if (missing.length > 0) {
          compilation.errors.push(
            new webpack.WebpackError(
              `LoaderRuntimePlugin: no runtime module ${missing.join(', ')}`,
            ),
          );
        }
      });
    });
  }
}

class MashupCfgPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('MashupCfgPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'MashupCfgPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const cfg = `Placeholders:${PLACEHOLDERS.join(',')}\n`;
          compilation.emitAsset(`${MASHUP_NAME}.cfg`, new webpack.sources.RawSource(cfg));
          // docs/host.md §2: a mashup.ignore keeps Targetprocess from loading this folder's scripts.
          compilation.emitAsset(
            'chunks/mashup.ignore',
            new webpack.sources.RawSource(
              'Loaded on demand by the mashup, never by Targetprocess.\n',
            ),
          );
        },
      );
    });
  }
}

// Terser keeps template literals as they are, so every line break in Lit's html`` and css``
// carries the source's indentation. Drops the indentation after each line break inside tagged
// templates (the only tagged templates are Lit's): HTML and CSS read a line break alone as the
// same whitespace. Leaves a template alone where whitespace is content (<pre>, a <textarea>
// with text). Runs on the minified file, through ReplaceSource, so source maps stay right.
class TemplateIndentPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('TemplateIndentPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'TemplateIndentPlugin',
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
        },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => n.endsWith('.js'))) {
            const original = assets[name];
            const code = original.source().toString();
            const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false);
            const source = new webpack.sources.ReplaceSource(original);
            const visit = (node) => {
              if (ts.isTaggedTemplateExpression(node)) {
                const { template } = node;
                const text = code.slice(template.getStart(file), template.end);
                if (!/<pre[\s>]|<textarea[^>]*>\s/i.test(text)) {
                  const parts = ts.isNoSubstitutionTemplateLiteral(template)
                    ? [template]
                    : [template.head, ...template.templateSpans.map((span) => span.literal)];
                  for (const part of parts) {
                    const start = part.getStart(file);
                    for (const m of code.slice(start, part.end).matchAll(/\n[ \t]+/g)) {
                      const at = start + m.index + 1;
                      source.replace(at, at + m[0].length - 2, '');
                    }
                  }
                }
              }
              ts.forEachChild(node, visit);
            };
            visit(file);
            compilation.updateAsset(name, source);
          }
        },
      );
    });
  }
}

export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const paste = !!env.paste;
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    entry: resolve(root, 'src/loader.ts'),
    devtool: false,
    output: paste
      ? {
          path: resolve(root, 'dist'),
          filename: `${MASHUP_NAME}.js`,
          iife: true,
          // dist/ also holds what `npm run package` writes: replace our file, delete nothing.
          clean: false,
          // One file: every import() stays inside it (evaluated only when called), no loading.
          chunkFormat: false,
          asyncChunks: false,
        }
      : {
          path: resolve(root, 'mashup'),
          filename: `${MASHUP_NAME}.js`,
          chunkFilename: 'chunks/[name].js',
          iife: true,
          clean: { keep: /README\.md$/ },
          // Set at run time from the mashup options' mashupPath (src/loader.ts).
          publicPath: '',
          chunkFormat: 'array-push',
          // Webpack's JSONP loading is what gives async chunks; its runtime is then left out
          // (LoaderRuntimePlugin) and src/loader.ts loads the chunks itself.
          chunkLoading: 'jsonp',
          // Short, still ours: every page downloads these names.
          chunkLoadingGlobal: CHUNKS_GLOBAL,
          // No charset attribute on the chunk's script (obsolete in HTML): it is decoded as the
          // page is, and Targetprocess's pages are UTF-8. A few bytes every page downloads.
          charset: false,
          uniqueName: 'tpgo',
          // Never let a bundle look for, or become, an AMD module on Targetprocess's pages.
          library: undefined,
        },
    resolve: {
      extensions: ['.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    optimization: {
      minimize: production,
      // A chunk per page, named by its import(); nothing split out of it.
      splitChunks: false,
      runtimeChunk: false,
      // A chunk's id is its name: the loader's runtime then needs no id-to-file table.
      chunkIds: 'named',
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: { format: { comments: false }, ecma: 2020, compress: { passes: 2 } },
        }),
      ],
    },
    performance: { hints: false },
    // One summary line per build ("webpack … compiled successfully in … ms"); errors and warnings
    // in full, with their details. No module tree.
    stats: {
      preset: 'summary',
      errors: true,
      errorDetails: true,
      errorStack: true,
      warnings: true,
      moduleTrace: true,
    },
    plugins: [
      new webpack.DefinePlugin({
        // The loader's head start on the editor chunk exists only where there are chunks.
        SPLIT_INSTALL: JSON.stringify(!paste),
        LOADER_FILE: JSON.stringify(`${MASHUP_NAME}.js`),
        CHUNKS_GLOBAL: JSON.stringify(CHUNKS_GLOBAL),
        SCRIPT_URL_POLICY: JSON.stringify(SCRIPT_URL_POLICY),
        // Replaced by ChunkNamesPlugin once the build knows its chunks.
        CHUNK_NAMES: JSON.stringify(CHUNK_NAMES_MARK),
      }),
      ...(paste
        ? [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })]
        : [new MashupCfgPlugin(), new ChunkNamesPlugin(), new LoaderRuntimePlugin()]),
      ...(production ? [new TemplateIndentPlugin()] : []),
      // V8's explicit compile hint (Chrome 136 and later): a script whose first line is this
      // comment has every function compiled with the script (on the streaming thread for a
      // fetched one), not lazily at its first call. The editor chunk runs almost all of its
      // functions in the task that places the help, where lazy compiles were about a third of
      // the time. Only that chunk, fetched only on the editor: the loader and the paste file run
      // on every page. After the minifier, which drops comments; other browsers read a comment.
      ...(production && !paste
        ? [
            new webpack.BannerPlugin({
              banner: '//# allFunctionsCalledOnLoad',
              raw: true,
              include: /^chunks\/editor\.js$/,
              stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 2,
            }),
          ]
        : []),
    ],
  };
};
