import { parse, type Node } from 'acorn';
import { fullAncestor } from 'acorn-walk';

// What a Content-Security-Policy without 'unsafe-eval' refuses, however a minifier spells it: `eval` or the
// `Function` constructor used as a value (`var e = eval; e(s)`, `var F = Function; new F(s)`), not only `eval(`.

interface Ident {
  type: 'Identifier';
  name: string;
  start: number;
}

type Parent = Node & Record<string, unknown>;

/** True where the identifier is a name, not a reference: `a.eval`, `{ eval: 1 }`, `class { eval() {} }`, labels. */
function isNameOnly(node: Ident, parent: Parent | undefined): boolean {
  if (!parent) {
    return false;
  }
  switch (parent.type) {
    case 'MemberExpression':
      return parent.property === node && !parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.key === node && !parent.computed && parent.value !== node;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return true;
    default:
      return false;
  }
}

/** `x instanceof Function` and `Function.prototype…` read the constructor without calling it with source text. */
function isHarmlessFunctionUse(node: Ident, parent: Parent | undefined): boolean {
  if (!parent) {
    return false;
  }
  if (parent.type === 'BinaryExpression') {
    return parent.operator === 'instanceof' && parent.right === node;
  }
  if (parent.type === 'MemberExpression' && parent.object === node && !parent.computed) {
    return (parent.property as Ident).name === 'prototype';
  }
  return parent.type === 'UnaryExpression' && parent.operator === 'typeof';
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
  }
  return line;
}

/**
 * Each place `source` (a script, as webpack and esbuild emit) refers to `eval` or to the `Function` constructor in a
 * way that can run source text, as "line N: eval" / "line N: Function"; a file that does not parse is reported too.
 */
export function dynamicCodeUses(source: string): string[] {
  let ast: Node;
  try {
    ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch (e) {
    return [`does not parse as a script (${(e as Error).message})`];
  }
  const found: string[] = [];
  fullAncestor(ast, (node, _state, ancestors) => {
    if (node.type !== 'Identifier') {
      return;
    }
    const ident = node as unknown as Ident;
    const parent = ancestors[ancestors.length - 2] as Parent | undefined;
    if (ident.name !== 'eval' && ident.name !== 'Function') {
      return;
    }
    if (isNameOnly(ident, parent) || (ident.name === 'Function' && isHarmlessFunctionUse(ident, parent))) {
      return;
    }
    found.push(`line ${lineOf(source, ident.start)}: ${ident.name}`);
  });
  return found;
}
