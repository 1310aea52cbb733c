import CopyWebpackPlugin from 'copy-webpack-plugin';
import type { Configuration } from 'webpack';
import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

// Extends the generated config (never edited) so `create-plugin update` stays a clean upgrade.
const config = async (env: Env): Promise<Configuration> => {
  const base = await grafanaConfig(env);
  return {
    ...base,
    // Only the plugin ships from src/; the CLI and simulator are bundled separately by esbuild.
    performance: { hints: false },
    // The generated config copies only the app's logos; nested plugins (the ROI panel) carry their own.
    plugins: [...(base.plugins ?? []), new CopyWebpackPlugin({ patterns: [{ from: 'panels/*/img/*', to: '.' }] })],
  };
};

export default config;
