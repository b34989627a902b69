/**
 * Every text node and attribute value under a root, shadow roots included: what a user, a
 * screen reader or a script reading the DOM could see.
 */
export function exposedStrings(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attr of Array.from(node.attributes)) out.push(attr.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

/** Waits for a Lit element's pending update. */
export async function settled(element: Element): Promise<void> {
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Mounts an element in the document and removes it after the test. */
export function mount<T extends HTMLElement>(
  element: T,
  container: HTMLElement = document.body,
): T {
  container.append(element);
  return element;
}
