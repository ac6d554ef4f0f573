import { contain } from './failure.js';

/**
 * Registers a custom element unless the tag is already taken. The host page is not ours: the
 * mashup may be loaded twice (two placeholders, a re-opened editor), and a second
 * `customElements.define` with the same tag throws and would stop the whole bundle.
 *
 * `handlers` names the methods the element's template binds to events (`@click=${this.x}`,
 * or an arrow that calls `this.x(...)`): each is wrapped so that what it throws, or the promise
 * it returns rejects with, is logged once and never reaches the host page. A test holds the
 * list equal to the template's bindings.
 */
export function define(
  tag: string,
  cls: CustomElementConstructor,
  handlers: readonly string[] = [],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of handlers) {
    const method = proto[name];
    if (typeof method !== 'function' || GUARDED.has(method)) continue;
    const wrapped = contain(`${tag} ${name}`, method as (...args: unknown[]) => unknown);
    GUARDED.add(wrapped);
    proto[name] = wrapped;
  }
  if (!customElements.get(tag)) customElements.define(tag, cls);
}

const GUARDED = new WeakSet<object>();
