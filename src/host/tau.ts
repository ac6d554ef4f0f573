// Registration with Targetprocess's mashup runtime (docs/host.md §1). The mashup needs no AMD
// dependency: everything it reads is on the page itself.

interface MashupOptions {
  placeholderId?: string;
  /** The mashup's own folder, where its other files are (docs/host.md §1). */
  mashupPath?: string;
}

interface TauMashups {
  addMashup(fn: (...args: unknown[]) => void): unknown;
}

/**
 * Claims the page for this copy of the mashup: false when another copy (the split install and
 * the paste file both installed, say) claimed it first, and then this one must do nothing at all,
 * since the page's chunks and their global belong to the first.
 */
export function claimPage(win: Window): boolean {
  const mark = Symbol.for('tpgo.google-oauth-assistant');
  const holder = win as unknown as Record<symbol, boolean>;
  return !holder[mark] && (holder[mark] = true);
}

/**
 * Runs `start` once: through `tau.mashups` where Targetprocess provides it, else directly (the
 * file was loaded some other way).
 */
export function registerMashup(win: Window, start: (options: MashupOptions) => void): void {
  const tau = (win as unknown as { tau?: { mashups?: TauMashups } }).tau;
  // Once, even should Targetprocess call the mashup back twice.
  let started = false;
  const once = (options: MashupOptions) => {
    if (!started) {
      started = true;
      start(options);
    }
  };
  if (tau?.mashups && typeof tau.mashups.addMashup === 'function') {
    // The options object comes last, after the AMD dependencies (none here); anything else
    // (nothing, a primitive) reads as no options.
    tau.mashups.addMashup((...args: unknown[]) => once(Object(args.at(-1)) as MashupOptions));
  } else {
    once({});
  }
}
