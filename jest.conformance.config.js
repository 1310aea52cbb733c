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
  // A cold cache generates and backfills 30 days before the first query: 76-85 s in a fresh clone with one core
  // kept busy, over 180 s with both cores and another browser suite busy. Waits end when done; this is a ceiling.
  testTimeout: 600_000,
};
