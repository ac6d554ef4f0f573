// Registration with Targetprocess's mashup runtime (HOST.md §1). The mashup needs no AMD
// dependency: everything it reads is on the page itself.

interface MashupOptions {
  placeholderId?: string;
  /** The mashup's own folder, where its other files are (HOST.md §1). */
  mashupPath?: string;
}

interface TauMashups {
  addMashup(fn: (...args: unknown[]) => void): unknown;
}

/**
 * Runs `start` once per page: through `tau.mashups` where Targetprocess provides it, else
 * directly (the file was loaded some other way). A second copy of the mashup on the same page
 * finds the first one's mark and does nothing.
 */
export function registerMashup(win: Window, start: (options: MashupOptions) => void): void {
  const mark = Symbol.for('tpgo.google-oauth-assistant');
  const holder = win as unknown as Record<symbol, boolean>;
  const runOnce = (options: MashupOptions) => {
    if (holder[mark]) return;
    holder[mark] = true;
    start(options);
  };
  const tau = (win as unknown as { tau?: { mashups?: TauMashups } }).tau;
  if (tau?.mashups && typeof tau.mashups.addMashup === 'function') {
    // The options object comes last, after the AMD dependencies (none here); anything else
    // (nothing, a primitive) reads as no options.
    tau.mashups.addMashup((...args: unknown[]) => runOnce(Object(args.at(-1)) as MashupOptions));
  } else {
    runOnce({});
  }
}
