'use strict';

// Stands in for @stdlib/math-base-tools-evalpoly's factory, which compiles the polynomial with `new Function`: the
// returned function evaluates it with the package's own evalpoly instead (what the factory itself does for long
// polynomials), so the plugin ships no new Function. Fix validation's statistics never call the factory.
const evalpoly = require('@stdlib/math-base-tools-evalpoly/lib/main.js');

module.exports = function factory(coefficients) {
  return (x) => evalpoly(coefficients, x);
};
