/** The detail of every event the elements fire, by event name. */
export interface TpgoEventDetails {
  'tpgo-use-suggestion': { value: string; code: string };
  'tpgo-copy': { uri: string; method: 'clipboard' | 'fallback' | 'manual' };
  'tpgo-toggle': { open: boolean };
  'tpgo-credentials': { clientId: string; clientSecret?: string };
  /** The text of the file the admin gave the import ('' once cleared): it holds the secret. */
  'tpgo-credentials-text': { text: string };
  'tpgo-decode': { query: string; code?: string };
  'tpgo-check-request': Record<string, never>;
  'tpgo-check-cancel': Record<string, never>;
}

export type TpgoEventName = keyof TpgoEventDetails;

export type TpgoEvent<K extends TpgoEventName> = CustomEvent<TpgoEventDetails[K]>;

/**
 * The events whose detail may hold a Client secret (a suggestion for the secret field, a file's
 * pair): heard only by a listener on the element itself, never by the page around it.
 */
const ON_THE_ELEMENT_ONLY: ReadonlySet<TpgoEventName> = new Set([
  'tpgo-use-suggestion',
  'tpgo-credentials',
  'tpgo-credentials-text',
]);

/**
 * Fires one of the elements' events. The others bubble and are composed so that a listener on
 * the host's form (outside the element's shadow root) hears them.
 */
export function emit<K extends TpgoEventName>(
  target: EventTarget,
  name: K,
  detail: TpgoEventDetails[K],
): TpgoEvent<K> {
  const around = !ON_THE_ELEMENT_ONLY.has(name);
  const event = new CustomEvent(name, { detail, bubbles: around, composed: around });
  target.dispatchEvent(event);
  return event;
}

declare global {
  interface HTMLElementEventMap {
    'tpgo-use-suggestion': TpgoEvent<'tpgo-use-suggestion'>;
    'tpgo-copy': TpgoEvent<'tpgo-copy'>;
    'tpgo-toggle': TpgoEvent<'tpgo-toggle'>;
    'tpgo-credentials': TpgoEvent<'tpgo-credentials'>;
    'tpgo-credentials-text': TpgoEvent<'tpgo-credentials-text'>;
    'tpgo-decode': TpgoEvent<'tpgo-decode'>;
    'tpgo-check-request': TpgoEvent<'tpgo-check-request'>;
    'tpgo-check-cancel': TpgoEvent<'tpgo-check-cancel'>;
  }
}
