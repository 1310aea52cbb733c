'use strict';

// Stands in for @stdlib/assert-has-generator-support, which probes by eval-ing `function* () {}`: every browser
// Grafana supports, and Node 20, have generators, so the answer is known and the plugin ships no eval. (The same
// answer the probe gives in the unit tests, so the statistics run the code paths the tests cover.)
module.exports = function hasGeneratorSupport() {
  return true;
};
