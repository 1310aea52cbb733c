'use strict';

// Stands in for @stdlib/utils-global's code-generation fallback (`new Function('return this')`): every browser
// Grafana supports has globalThis, and the plugin must ship no eval or new Function.
module.exports = function getGlobal() {
  return globalThis;
};
