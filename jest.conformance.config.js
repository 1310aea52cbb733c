// The conformance suite: every catalogue query against a real Prometheus holding the simulated incident.
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');

module.exports = {
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  rootDir: __dirname,
  roots: ['<rootDir>/tests/conformance'],
  testMatch: ['**/*.test.ts'],
  testEnvironment: 'node',
  // A cold cache generates and backfills 30 days (~30 s) before the first query.
  testTimeout: 180_000,
};
