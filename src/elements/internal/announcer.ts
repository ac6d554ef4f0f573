/**
 * One live region for the whole page, in the document body: polite for the field checks'
 * errors, assertive for what stopped the admin's own action (a blocked Sign in or Save, a
 * sign-in that did not finish).
 *
 * Why not inside each element's shadow root: a field check is the accessible description of
 * the host's input (`aria-describedby`), and a description takes in all of the referenced
 * element's text, live region included; Chromium then read the error twice whenever the input
 * got focus while an announcement was pending. A region outside the element avoids that.
 *
 * Why one region: with two, a blocked click was said twice, once by the field check revealing
 * its error and once by the host's reason. Here an assertive announcement holds the region
 * until it is written: polite ones meanwhile (the fields it names being revealed) are dropped,
 * as what they would say is in it, and in the fields' descriptions on focus.
 */
export const ANNOUNCER_ID = 'tpgo-announcer';

/** How long an announcement stays: long enough to be read, then gone from browse mode. */
export const ANNOUNCEMENT_MS = 5000;

/** An assertive announcement is written this long after the region is cleared, so the same
 * words twice are said twice. */
export const ASSERTIVE_DELAY_MS = 50;

export interface AnnounceOptions {
  /** Interrupts what is being said: only for what stopped the admin's own action. */
  readonly assertive?: boolean;
}

interface RegionTimers {
  clear?: ReturnType<typeof setTimeout>;
  /** An assertive announcement waiting to be written. */
  write?: ReturnType<typeof setTimeout>;
}

const timers = new WeakMap<Document, RegionTimers>();

const timersOf = (doc: Document): RegionTimers => {
  let t = timers.get(doc);
  if (!t) timers.set(doc, (t = {}));
  return t;
};

/** The page's live region, created on first use; call early so it exists before it speaks. */
export function announcer(doc: Document = document): HTMLElement {
  let region = doc.getElementById(ANNOUNCER_ID);
  if (!region) {
    region = doc.createElement('div');
    region.id = ANNOUNCER_ID;
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    // Visually hidden but spoken; inline so the host page's CSS cannot show or hide it.
    region.style.cssText =
      'position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;border:0;' +
      'overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;';
    doc.body.append(region);
  }
  return region;
}

function write(region: HTMLElement, text: string, t: RegionTimers, assertive: boolean): void {
  region.setAttribute('aria-live', assertive ? 'assertive' : 'polite');
  region.textContent = text;
  clearTimeout(t.clear);
  t.clear = setTimeout(() => {
    if (region.textContent === text) region.textContent = '';
    region.setAttribute('aria-live', 'polite');
  }, ANNOUNCEMENT_MS);
}

/** Says `text` once: politely, unless `assertive`. */
export function announce(text: string, doc: Document = document, options?: AnnounceOptions): void {
  const region = announcer(doc);
  const t = timersOf(doc);
  if (!options?.assertive) {
    if (t.write === undefined) write(region, text, t, false);
    return;
  }
  region.textContent = '';
  clearTimeout(t.write);
  t.write = setTimeout(() => {
    t.write = undefined;
    write(region, text, t, true);
  }, ASSERTIVE_DELAY_MS);
}

/** Takes back a pending announcement that is no longer true (the error was fixed). */
export function retract(text: string, doc: Document = document): void {
  const region = doc.getElementById(ANNOUNCER_ID);
  if (region && region.textContent === text) region.textContent = '';
}

/** Removes the live region once nothing is left to speak through it (the last field check went). */
export function releaseAnnouncer(doc: Document = document): void {
  if (doc.querySelector('tpgo-field-check')) return;
  const t = timers.get(doc);
  clearTimeout(t?.clear);
  clearTimeout(t?.write);
  timers.delete(doc);
  doc.getElementById(ANNOUNCER_ID)?.remove();
}
