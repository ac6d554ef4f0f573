// One activation's elements: layout.ts places each, and this names them in the map applyView
// writes (the Ui), with the page's facts that never change while the help is shown.
import type { Action } from '../../rules/setup-interaction.js';
import { nothingShown, type Ui } from './apply-view.js';
import { captionOf, googleIssuer } from './fields.js';
import { guarded } from '../log.js';
import { redirectFindings } from './lazy.js';
import type { Finding } from '../../rules/finding.js';
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
    shown: nothingShown(),
    ...layout.placeOffers(p, placed.find((f) => f.key === 'clientId')?.check),
    saveNote: layout.placeSaveNote(p),
    lifetime: layout.placeLifetimeLine(p, signInPanel.signInPanel),
    notePlaces: {
      connection: p.fields.failedConnection,
      password: captionOf(p.doc, 'Password'),
      login: captionOf(p.doc, 'Login'),
    },
    editorNotes: new Map(),
  };
  redirectBox.uri = redirect.uri;
  redirectBox.acid = redirect.acid;
  // Google's findings on it come from the later chunk (session.ts).
  side.importer.redirectUri = redirect.uri;
  return { ui, pair, importBox: side.importBox };
}

/**
 * Google's rules on the page's redirect URI come with the later chunk: the element gets them
 * when they are in (the acid is said once, by its own sentence), and `found` hands them to the
 * view, unless this activation's elements have gone meanwhile.
 */
export function checkRedirectLater(
  ui: Ui,
  uri: string,
  found: (findings: readonly Finding[]) => void,
): void {
  const redirect = ui.redirect;
  void redirectFindings(uri).then(
    guarded('redirect check', (findings) => {
      if (!redirect.isConnected) return;
      redirect.findings = findings.filter((f) => f.code !== 'redirect-uri/acid');
      found(findings);
    }),
  );
}
