// Builds the mashup: ONE classic script (no AMD, no ES module, no eval) that registers itself
// through tau.mashups, plus the .cfg that lists its placeholders for an on-premise Mashups folder.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import webpack from 'webpack';
import TerserPlugin from 'terser-webpack-plugin';
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
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }), new MashupCfgPlugin()],
  };
};
