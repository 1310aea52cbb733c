import path from 'node:path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import webpack, { type Configuration } from 'webpack';
import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

// Extends the generated config (never edited) so `create-plugin update` stays a clean upgrade.
const config = async (env: Env): Promise<Configuration> => {
  const base = await grafanaConfig(env);
  return {
    ...base,
    // Only the plugin ships from src/; the CLI and simulator are bundled separately by esbuild.
    performance: { hints: false },
    // webpack's `global` shim is `new Function("return this")`; browsers have globalThis, so no shim ships.
    node: { ...base.node, global: false },
    plugins: [
      ...(base.plugins ?? []),
      new webpack.DefinePlugin({ global: 'globalThis' }),
      // Fix validation's statistics (@stdlib) carry a `new Function` fallback for finding the global object.
      new webpack.NormalModuleReplacementPlugin(
        /@stdlib[\\/]utils-global[\\/]lib[\\/]codegen\.js$/,
        path.resolve(__dirname, 'src/shims/stdlibGlobalCodegen.js')
      ),
      // The generated config copies only the app's logos; nested plugins (the ROI panel) carry their own.
      new CopyWebpackPlugin({ patterns: [{ from: 'panels/*/img/*', to: '.' }] }),
    ],
  };
};

export default config;
