import { defineConfig } from 'eslint/config';
import baseConfig from './.config/eslint.config.mjs';

export default defineConfig([
  {
    // Build outputs are huge and generated: linting them took minutes.
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'bin/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'playwright/.cache/',
      'playwright/.auth/',
      '.cache/',
      'tests/host/dist/',
      'tests/host/dist-*/',
      '**/.eslintcache',
    ],
  },
  ...baseConfig,
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'error',
    },
  },
  {
    // The CLI, simulator, scripts and suites are TypeScript too; eslint only lints .ts files a block names.
    files: ['cli/**/*.ts', 'simulator/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', '*.ts'],
  },
  {
    // The dependency direction in DESIGN.md: the maths and the catalogue never import UI code.
    files: ['src/impact/**/*.ts', 'src/queries/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/pages/**', '**/app/**', '**/panels/**', '**/components/**', '@grafana/*'] },
      ],
    },
  },
  {
    // Fix validation runs the same code in the CLI and the browser: no UI code, no Grafana, no Node built-ins.
    files: ['src/fixValidation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/pages/**',
            '**/app/**',
            '**/panels/**',
            '**/components/**',
            '@grafana/*',
            'node:*',
            'fs',
            'path',
            'http',
            'https',
            'os',
            'child_process',
          ],
        },
      ],
    },
  },
]);
