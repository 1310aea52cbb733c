import path from 'node:path';
import type { Configuration } from 'webpack';

const repoRoot = path.resolve(__dirname, '..', '..');

// Development mode on purpose: a production bundle of @grafana/ui took 118 s and 2.5 GB here.
const config: Configuration = {
  mode: 'development',
  devtool: false,
  context: repoRoot,
  entry: { host: './tests/host/app/main.tsx' },
  output: { path: path.join(repoRoot, 'tests', 'host', 'dist'), filename: '[name].js', clean: true },
  cache: { type: 'filesystem', cacheDirectory: path.join(repoRoot, '.cache', 'host-webpack') },
  performance: { hints: false },
  resolve: {
    extensions: ['.tsx', '.ts', '.mjs', '.js'],
    alias: {
      '@grafana/runtime/PluginPage': path.join(
        repoRoot,
        'node_modules/@grafana/runtime/dist/esm/components/PluginPage.mjs'
      ),
    },
  },
  module: {
    rules: [
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: { jsc: { target: 'es2020', parser: { syntax: 'typescript', tsx: true } } },
        },
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.(png|jpe?g|gif|svg|woff2?|ttf|eot)$/, type: 'asset/resource' },
    ],
  },
};

export default config;
