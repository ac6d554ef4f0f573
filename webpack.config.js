// Builds the mashup: ONE classic script (no AMD, no ES module, no eval) that registers itself
// through tau.mashups, plus the .cfg that lists its placeholders for an on-premise Mashups folder.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import webpack from 'webpack';
import TerserPlugin from 'terser-webpack-plugin';
import ts from 'typescript';
import { MASHUP_NAME, PLACEHOLDERS } from './mashup.config.js';

const root = dirname(fileURLToPath(import.meta.url));

class MashupCfgPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('MashupCfgPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'MashupCfgPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const cfg = `Placeholders:${PLACEHOLDERS.join(',')}\n`;
          compilation.emitAsset(`${MASHUP_NAME}.cfg`, new webpack.sources.RawSource(cfg));
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

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    entry: resolve(root, 'src/index.ts'),
    devtool: false,
    output: {
      path: resolve(root, 'mashup'),
      filename: `${MASHUP_NAME}.js`,
      iife: true,
      clean: { keep: /README\.md$/ },
      // Never let the bundle look for, or become, an AMD module on Targetprocess's RequireJS pages.
      chunkFormat: false,
      asyncChunks: false,
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
      splitChunks: false,
      runtimeChunk: false,
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: { format: { comments: false }, ecma: 2020, compress: { passes: 2 } },
        }),
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new MashupCfgPlugin(),
      ...(production ? [new TemplateIndentPlugin()] : []),
    ],
  };
};
