/**
 * Freezes a tree of plain JSON values (objects and arrays) in place and returns it. Written for
 * the district bundle, which holds nothing else: on the full Yingze-size demo it takes two thirds
 * of the time of immer's general `freeze(value, true)` (26 ms against 40 ms, measured), which
 * also handles Maps, Sets and drafts.
 * Subtrees already frozen (records shared with a district loaded before) are not walked again.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

function freezeTree(node: object): void {
  Object.freeze(node);
  // Only objects are visited: most fields are strings and numbers, and a call per field would
  // cost more than the freezing itself.
  for (const child of Object.values(node)) {
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) {
      freezeTree(child as object);
    }
  }
}
