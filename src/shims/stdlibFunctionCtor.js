'use strict';

// Stands in for @stdlib/function-ctor (the `Function` constructor) in the CLI's bundle, where esbuild cannot swap
// @stdlib/math-base-tools-evalpoly's factory as the plugin's webpack build does: only that factory used it, nothing
// here calls the factory, and connhealth ships no code that runs source text. Reaching it is a bug, said plainly.
module.exports = function FunctionConstructorNotShipped() {
  throw new Error('connhealth does not compile source text (@stdlib/function-ctor is not shipped)');
};
