/**
 * One polite live region for the whole page, in the document body.
 *
 * Why not inside each element's shadow root: a field check is the accessible description of
 * the host's input (`aria-describedby`), and a description takes in all of the referenced
 * element's text, live region included; Chromium then read the error twice whenever the input
 * got focus while an announcement was pending. A region outside the element avoids that.
 */
export const ANNOUNCER_ID = 'tpgo-announcer';

/** How long an announcement stays: long enough to be read, then gone from browse mode. */
export const ANNOUNCEMENT_MS = 5000;

const timers = new WeakMap<Document, ReturnType<typeof setTimeout>>();

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

/** Says `text` politely, once. */
export function announce(text: string, doc: Document = document): void {
  const region = announcer(doc);
  region.textContent = text;
  clearTimeout(timers.get(doc));
  timers.set(
    doc,
    setTimeout(() => {
      if (region.textContent === text) region.textContent = '';
    }, ANNOUNCEMENT_MS),
  );
}

/** Takes back a pending announcement that is no longer true (the error was fixed). */
export function retract(text: string, doc: Document = document): void {
  const region = doc.getElementById(ANNOUNCER_ID);
  if (region && region.textContent === text) region.textContent = '';
}

/** Removes the live region once nothing is left to speak through it (the last field check went). */
export function releaseAnnouncer(doc: Document = document): void {
  if (doc.querySelector('tpgo-field-check')) return;
  clearTimeout(timers.get(doc));
  doc.getElementById(ANNOUNCER_ID)?.remove();
}
