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

class MashupCfgPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('MashupCfgPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'MashupCfgPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const cfg = `Placeholders:${PLACEHOLDERS.join(',')}\n`;
          compilation.emitAsset(`${MASHUP_NAME}.cfg`, new webpack.sources.RawSource(cfg));
          // HOST.md §2: a mashup.ignore keeps Targetprocess from loading this folder's scripts.
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
          chunkLoading: 'jsonp',
          // Short, still ours: every page downloads these names.
          chunkLoadingGlobal: 'tpgoChunks',
          // No charset attribute on the chunk's script (obsolete in HTML): it is decoded as the
          // page is, and Targetprocess's pages are UTF-8. A few bytes every page downloads.
          charset: false,
          uniqueName: 'tpgo',
          trustedTypes: { policyName: SCRIPT_URL_POLICY, onPolicyCreationFailure: 'stop' },
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
    plugins: [
      new webpack.DefinePlugin({
        // The loader's head start on the editor chunk exists only where there are chunks.
        SPLIT_INSTALL: JSON.stringify(!paste),
        LOADER_FILE: JSON.stringify(`${MASHUP_NAME}.js`),
      }),
      ...(paste
        ? [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })]
        : [new MashupCfgPlugin()]),
      ...(production ? [new TemplateIndentPlugin()] : []),
    ],
  };
};
