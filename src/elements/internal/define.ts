/**
 * Registers a custom element unless the tag is already taken. The host page is not ours: the
 * mashup may be loaded twice (two placeholders, a re-opened editor), and a second
 * `customElements.define` with the same tag throws and would stop the whole bundle.
 */
export function define(tag: string, cls: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, cls);
}
