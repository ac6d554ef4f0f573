// One activation's elements: layout.ts places each, and this names them in the map applyView
// writes (the Ui), with the page's facts that never change while the help is shown.
import type { Finding } from '../../rules/finding.js';
import type { Action } from '../../rules/setup-interaction.js';
import type { Ui } from './apply-view.js';
import { captionOf, googleIssuer } from './fields.js';
import * as layout from './layout.js';
import { placePairCheck, type PairCheckControl } from './pair-check-control.js';
import type { RedirectFacts } from './redirect.js';

export interface Placed {
  readonly ui: Ui;
  readonly pair: PairCheckControl | null;
  /** The import's disclosure: its code comes when it is first opened (wiring.ts). */
  readonly importBox: HTMLDetailsElement;
}

export function placeUi(
  p: layout.Place,
  redirect: RedirectFacts,
  redirectFindings: readonly Finding[],
  dispatch: (action: Action) => void,
): Placed {
  const redirectBox = layout.placeRedirect(p);
  const placed = layout.placeFieldChecks(p);
  const pair = placePairCheck(p, placed, {
    redirectUri: () => redirect.uri,
    issuer: () => googleIssuer(p.fields.method),
    changed: (checking, verdict) => dispatch({ kind: 'pair', checking, verdict }),
  });
  const side = layout.placeSidePanel(p);
  const signInPanel = layout.placeSignInPanel(p);
  const ui: Ui = {
    fields: placed,
    pair: pair?.element ?? null,
    redirect: redirectBox,
    checklist: side.checklist,
    importer: side.importer,
    ...signInPanel,
    ...layout.placeOffers(p, placed.find((f) => f.key === 'clientId')?.check),
    saveNote: layout.placeSaveNote(p),
    lifetime: layout.placeLifetimeLine(p, signInPanel.health),
    notePlaces: {
      connection: p.fields.failedConnection,
      password: captionOf(p.doc, 'Password'),
      login: captionOf(p.doc, 'Login'),
    },
    editorNotes: new Map(),
  };
  redirectBox.uri = redirect.uri;
  redirectBox.acid = redirect.acid;
  // The acid is said once, by the element's own acid sentence.
  redirectBox.findings = redirectFindings.filter((f) => f.code !== 'redirect-uri/acid');
  side.importer.redirectUri = redirect.uri;
  return { ui, pair, importBox: side.importBox };
}
