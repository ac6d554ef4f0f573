// What the help adds to the editor's page, kept so that it can all be taken back: elements of
// ours (marked data-tpgo, styled through the CSSOM) placed beside the host's, and the few
// attributes set on the host's own inputs, restored exactly as they were.

/** Attributes we set on host inputs, restored exactly when our help goes. */
export type Decorated = 'aria-invalid' | 'aria-describedby' | 'aria-label';

export class Decorations {
  private added: Element[] = [];
  private saved: { el: Element; name: Decorated; value: string | null }[] = [];

  constructor(private readonly doc: Document) {}

  /** One of our elements, not yet placed. */
  make<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    style: Partial<CSSStyleDeclaration> = {},
  ): HTMLElementTagNameMap[K] {
    const el = this.doc.createElement(tag);
    el.dataset.tpgo = '';
    // Styles through the CSSOM: a strict CSP forbids style attributes in markup, not these.
    Object.assign(el.style, style);
    return el;
  }

  after(anchor: Element, el: Element): void {
    anchor.after(el);
    this.added.push(el);
  }

  before(anchor: Element, el: Element): void {
    anchor.before(el);
    this.added.push(el);
  }

  append(parent: Element, el: Element): void {
    parent.append(el);
    this.added.push(el);
  }

  /** Sets (or, with null, removes) an attribute on a host element; its first value is kept. */
  setAttribute(el: Element, name: Decorated, value: string | null): void {
    if (!this.saved.some((saved) => saved.el === el && saved.name === name)) {
      this.saved.push({ el, name, value: el.getAttribute(name) });
    }
    if (el.getAttribute(name) === value) return;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }

  /** Takes everything back: the host's attributes as they were, our elements gone. */
  undo(): void {
    for (const { el, name, value } of this.saved.reverse()) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
    this.saved = [];
    for (const el of this.added) el.remove();
    this.added = [];
  }
}
