import { dynamicCodeUses } from '../dynamicCode';

describe('dynamicCodeUses: eval and the Function constructor however a minifier spells them', () => {
  it.each([
    ['a direct eval', 'eval("1+1")', ['line 1: eval']],
    ['eval taken as a value (@stdlib/utils-eval, minified)', 'var e=eval;r.exports=e', ['line 1: eval']],
    ['an indirect eval', '(0, eval)("this")', ['line 1: eval']],
    ['new Function', 'new Function("return this")', ['line 1: Function']],
    ['Function taken as a value (@stdlib/function-ctor, minified)', 'var e=Function;new e("x")', ['line 1: Function']],
    ['Function called without new, on a later line', 'a();\nb=Function("return 1")()', ['line 2: Function']],
  ])('flags %s', (_name, source, expected) => {
    expect(dynamicCodeUses(source)).toEqual(expected);
  });

  it.each([
    ['property names', 'a.eval(1);b={eval:1,Function:2};class C{eval(){}}'],
    ['instanceof and typeof', 'x instanceof Function;typeof Function'],
    ['Function.prototype', 'Function.prototype.toString.call(f)'],
    ['words in strings and comments', '"eval(x)";/* new Function("y") */`Function`'],
    ['a hashbang line (the CLI)', '#!/usr/bin/env node\nconsole.log(1)'],
  ])('passes %s', (_name, source) => {
    expect(dynamicCodeUses(source)).toEqual([]);
  });

  it('says so when a file does not parse, rather than passing it unread', () => {
    expect(dynamicCodeUses('function (')).toEqual([expect.stringMatching(/^does not parse as a script/)]);
  });
});
