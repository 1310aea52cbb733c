// Force UTC so time formatting in tests does not depend on the machine.
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');
const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');

module.exports = {
  ...base,
  roots: ['<rootDir>/src', '<rootDir>/cli', '<rootDir>/simulator', '<rootDir>/scripts'],
  testMatch: ['**/?(*.)+(test).{ts,tsx}'],
  // @grafana 13 ships .mjs; scenes pulls in ESM-only helpers that must be transformed too.
  transform: {
    ...base.transform,
    '^.+\\.mjs$': base.transform['^.+\\.(t|j)sx?$'],
  },
  transformIgnorePatterns: [
    nodeModulesToTransform([...grafanaESModules, '@react-hookz', '@ver0/deep-equal', '@prometheus-io', '@lezer', 'yaml']),
  ],
  setupFilesAfterEnv: ['<rootDir>/jest-setup.js'],
  // Above the 20-s wait budget in jest-setup.js, so a slow condition reports what it waited for, not a timeout.
  testTimeout: 60_000,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/tests/'],
};
