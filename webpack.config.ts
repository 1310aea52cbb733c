import path from 'node:path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import webpack, { type Configuration } from 'webpack';
import grafanaConfig, { type Env } from './.config/webpack/webpack.config';
import { IMPACT_WORKER_ENTRY, IMPACT_WORKER_SOURCE } from './src/panels/revenue-impact/compute/impactWorkerFile';

// Extends the generated config (never edited) so `create-plugin update` stays a clean upgrade.
const config = async (env: Env): Promise<Configuration> => {
  const base = await grafanaConfig(env);
  return {
    ...base,
    // The generated config's cache only watches itself; this file's changes must invalidate the cache too.
    cache: {
      type: 'filesystem',
      buildDependencies: {
        config: [...(base.cache as { buildDependencies: { config: string[] } }).buildDependencies.config, __filename],
      },
    },
    // The ROI panel's engine worker: a plain script (a worker has no AMD `define`), served beside the panel's module.js.
    entry: {
      ...(base.entry as Record<string, string>),
      [IMPACT_WORKER_ENTRY]: { import: IMPACT_WORKER_SOURCE, library: { type: 'var', name: 'connhealthImpactWorker' } },
    },
    // Only the plugin ships from src/; the CLI and simulator are bundled separately by esbuild.
    performance: { hints: false },
    // The app and each nested panel have their own webpack runtime, and every runtime installs every shared chunk's
    // modules: a module's code must not depend on which runtime uses which of its exports, or a runtime gets another
    // runtime's copy without the exports it needs (the ROI panel read IMPACT_INPUT_NAMES as undefined).
    optimization: { ...base.optimization, usedExports: 'global' },
    // Grafana shares rxjs/operators with plugins too (its sharedDependencies), not only rxjs.
    externals: [...(base.externals as unknown[]), 'rxjs/operators'] as Configuration['externals'],
    resolve: {
      ...base.resolve,
      alias: {
        'resize-observer-polyfill$': path.resolve(__dirname, 'src/shims/resizeObserver.ts'),
        semver$: path.resolve(__dirname, 'src/shims/semverForSelectors.ts'),
      },
    },
    // webpack's `global` shim is `new Function("return this")`; browsers have globalThis, so no shim ships.
    node: { ...base.node, global: false },
    plugins: [
      ...(base.plugins ?? []),
      new webpack.DefinePlugin({ global: 'globalThis' }),
      // Scenes' English texts are its source defaults; @grafana/i18n never loads the en-US file, so it is not shipped.
      new webpack.IgnorePlugin({
        resourceRegExp: /\/en-US\/grafana-scenes\.json\.js$/,
        contextRegExp: /@grafana[\\/]scenes/,
      }),
      // Fix validation's statistics (@stdlib) carry a `new Function` fallback for finding the global object.
      new webpack.NormalModuleReplacementPlugin(
        /@stdlib[\\/]utils-global[\\/]lib[\\/]codegen\.js$/,
        path.resolve(__dirname, 'src/shims/stdlibGlobalCodegen.js')
      ),
      // …an eval probe for generator support, and a polynomial compiler built on `new Function` (unused here).
      new webpack.NormalModuleReplacementPlugin(
        /@stdlib[\\/]assert-has-generator-support[\\/]lib[\\/]main\.js$/,
        path.resolve(__dirname, 'src/shims/stdlibGeneratorSupport.js')
      ),
      new webpack.NormalModuleReplacementPlugin(
        /@stdlib[\\/]math-base-tools-evalpoly[\\/]lib[\\/]factory\.js$/,
        path.resolve(__dirname, 'src/shims/stdlibEvalpolyFactory.js')
      ),
      // The generated config copies only the app's logos; nested plugins (the ROI panel) carry their own.
      new CopyWebpackPlugin({ patterns: [{ from: 'panels/*/img/*', to: '.' }] }),
    ],
  };
};

export default config;
