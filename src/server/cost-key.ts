import { visit, type DocumentNode } from 'graphql';

/** The arguments the cost estimators read (operation-guards.ts): a page's size, a router's representations. */
export const PAGE_SIZE_ARGUMENT = 'first';
export const REPRESENTATIONS_ARGUMENT = 'representations';
const COSTED_ARGUMENTS = new Set([PAGE_SIZE_ARGUMENT, REPRESENTATIONS_ARGUMENT]);

const relevantByDocument = new WeakMap<DocumentNode, readonly string[]>();

/**
 * The variables an operation's cost can depend on: those inside a costed argument or a directive
 * (`@include(if: $x)` changes what is counted). Apollo hands every request with the same text the same
 * parsed document, so this is worked out once per document.
 */
function relevantVariables(document: DocumentNode): readonly string[] {
  const known = relevantByDocument.get(document);
  if (known) return known;
  const names = new Set<string>();
  let depth = 0; // > 0 while inside a costed argument or a directive
  visit(document, {
    Argument: {
      enter: node => void (COSTED_ARGUMENTS.has(node.name.value) && depth++),
      leave: node => void (COSTED_ARGUMENTS.has(node.name.value) && depth--),
    },
    Directive: { enter: () => void depth++, leave: () => void depth-- },
    Variable: node => void (depth > 0 && names.add(node.name.value)),
  });
  const list = [...names].sort();
  relevantByDocument.set(document, list);
  return list;
}

/**
 * A key under which two requests of one document have the same cost: the operation's name and the
 * values of the variables the cost can depend on (an array by its length, which is all that is read).
 */
export function costKey(
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown> | undefined,
): string {
  const values = relevantVariables(document).map(name => {
    const value = variables?.[name];
    return Array.isArray(value) ? { length: value.length } : (value ?? null);
  });
  return JSON.stringify([operationName, values]);
}
