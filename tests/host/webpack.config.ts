import path from 'node:path';
import type { Configuration, RuleSetRule } from 'webpack';
import { hostBundleDir, hostModulesDir, type GrafanaLine } from './hostBundle';

const repoRoot = path.resolve(__dirname, '..', '..');

// Grafana provides these to plugins (one copy each); for another line they must all come from that line's install.
const SHARED_PACKAGES = [
  '@emotion/css',
  '@emotion/react',
  '@grafana/data',
  '@grafana/e2e-selectors',
  '@grafana/i18n',
  '@grafana/runtime',
  '@grafana/schema',
  '@grafana/ui',
  'i18next',
];

// Another line: React (with its subpaths) and Grafana's shared packages resolve to that line's install everywhere,
// and the host's own imports look there first (so '@grafana/ui/unstable' is that line's); packages inside the install
// keep their own nested dependencies (its @grafana/ui still gets its react-router-dom 5).
function lineResolution(modules: string): Pick<Configuration, 'resolve'> & { rules: RuleSetRule[] } {
  const alias: Record<string, string> = {
    react: path.join(modules, 'react'),
    'react-dom': path.join(modules, 'react-dom'),
  };
  for (const name of SHARED_PACKAGES) {
    alias[`${name}$`] = path.join(modules, name);
  }
  return {
    resolve: { alias },
    rules: [{ test: /tests[\\/]host[\\/]app[\\/]/, resolve: { modules: [modules, 'node_modules'] } }],
  };
}

// Development mode by default: a production bundle of @grafana/ui took 118 s and 2.5 GB here, too much for every
// gate run; `--env production` builds what Grafana ships (React's production build) for the render benchmark.
// `--env line=12.4` builds the same host over Grafana 12.4's packages and React 18 (tests/compat/grafana-12.4).
export default (env: { line?: GrafanaLine; production?: boolean } = {}): Configuration => {
  const line: GrafanaLine = env.line ?? 'current';
  const production = env.production === true;
  const modules = hostModulesDir(repoRoot, line);
  const other = line === 'current' ? { resolve: { alias: {} }, rules: [] } : lineResolution(modules);
  return {
    mode: production ? 'production' : 'development',
    devtool: false,
    context: repoRoot,
    entry: { host: './tests/host/app/main.tsx' },
    output: { path: hostBundleDir(repoRoot, line), filename: '[name].js', clean: true },
    cache: {
      type: 'filesystem',
      cacheDirectory: path.join(repoRoot, '.cache', `host-webpack-${line}${production ? '-production' : ''}`),
    },
    performance: { hints: false },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      alias: {
        ...other.resolve?.alias,
        '@grafana/runtime/PluginPage': path.join(modules, '@grafana/runtime/dist/esm/components/PluginPage.mjs'),
        '@grafana/runtime/PanelDataErrorView': path.join(
          modules,
          '@grafana/runtime/dist/esm/components/PanelDataErrorView.mjs'
        ),
      },
    },
    module: {
      rules: [
        ...other.rules,
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
};
