// The one way the editor's help looks at the page's own XMLHttpRequests (docs/host.md §5): a
// wrapper of XMLHttpRequest.prototype.open that hears every open with its very arguments and
// calls the original unchanged, whichever jQuery copy made the request. Nothing sent changes;
// undo puts `open` back exactly as it was, only while it is still this wrapper.

export type Open = XMLHttpRequest['open'];

/** Wraps `open` so that `seen` hears each call first; undefined when the page has no XHR. */
export function wrapXhrOpen(
  win: Window,
  seen: (xhr: XMLHttpRequest, args: Parameters<Open>) => void,
): (() => void) | undefined {
  const proto = (win as unknown as { XMLHttpRequest?: typeof XMLHttpRequest }).XMLHttpRequest
    ?.prototype;
  if (!proto || typeof proto.open !== 'function') return undefined;
  const previous = proto.open;
  const wrapper = function (this: XMLHttpRequest) {
    // The very arguments, however many: open(m, u) and open(m, u, undefined) differ.
    // eslint-disable-next-line prefer-rest-params
    const args = arguments as unknown as Parameters<Open>;
    try {
      seen(this, args);
    } catch {
      // Watching must never stop the editor's request.
    }
    return Reflect.apply(previous, this, args) as void;
  } as Open;
  proto.open = wrapper;
  return () => {
    if (proto.open === wrapper) proto.open = previous;
  };
}
