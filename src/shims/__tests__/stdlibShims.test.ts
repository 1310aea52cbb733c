// The stand-ins the builds put in place of @stdlib's eval and Function-constructor modules, against the originals.
const evalpoly = require('@stdlib/math-base-tools-evalpoly');
const hasGeneratorSupport = require('@stdlib/assert-has-generator-support');
const factoryStandIn = require('../stdlibEvalpolyFactory');
const generatorStandIn = require('../stdlibGeneratorSupport');
const functionCtorStandIn = require('../stdlibFunctionCtor');

describe('@stdlib stand-ins shipped instead of eval and new Function (the originals run here, in Node)', () => {
  it('evaluates a polynomial as @stdlib’s compiled factory does', () => {
    const coefficients = [0.5, -1.25, 3, 0.0625];
    const compiled = evalpoly.factory(coefficients);
    const standIn = factoryStandIn(coefficients);
    for (const x of [-3.5, -1, 0, 1e-9, 0.75, 2, 1e6, NaN]) {
      expect(standIn(x)).toBe(compiled(x));
    }
    expect(factoryStandIn([])(2)).toBe(evalpoly.factory([])(2));
  });

  it('answers the generator probe as @stdlib’s eval probe does', () => {
    expect(generatorStandIn()).toBe(hasGeneratorSupport());
  });

  it('refuses, with a sentence, to compile source text in the CLI', () => {
    expect(() => new functionCtorStandIn('return 1')).toThrow(/does not compile source text/);
  });
});
