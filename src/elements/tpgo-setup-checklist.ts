import { LitElement, css, html, nothing } from 'lit';
import { hasError, type Finding } from '../rules/finding.js';
import type { PairCheckVerdict } from '../rules/pair-check.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { CONSOLE, checklist as t, type StepStatus } from './strings.js';

export type CredentialsType = '' | 'web' | 'installed';

export interface ChecklistStep {
  id: 'project' | 'consent' | 'client' | 'redirect' | 'paste' | 'signIn';
  title: string;
  status: StepStatus;
  text: string;
  link?: { label: string; href: string };
}

/**
 * The guide's steps, each marked done, to do or a problem from what the page knows.
 *
 * What is known and what is inferred: the page cannot see Google Cloud Console, so a step there
 * counts as done only when something proves it: a client ID in the field proves a project and a
 * client; a successful sign-in (`signedIn`) proves the consent screen and the redirect URI.
 * "Present" is given by the host (`clientIdPresent`, `secretPresent`: the field is not empty),
 * not derived from findings, because an empty field and a good one both have no errors.
 * The first step not done carries `aria-current="step"`. With `canCheckPair`, the paste step
 * offers "Check with Google", and `pairVerdict` marks it done or a problem.
 *
 * @fires tpgo-check-request - The admin asked for "Check with Google". detail: `{}`.
 * @csspart check - The "Check with Google" button.
 * @csspart list - The ordered list.
 * @csspart step - One step (`data-status` = done | todo | problem).
 * @csspart status - A step's status word.
 * @cssprop --tpgo-color-done - The colour of "Done" (default a dark green).
 * @cssprop --tpgo-color-error - The colour of "Problem".
 */
export class TpgoSetupChecklist extends LitElement {
  static override properties = {
    clientIdFindings: { attribute: false },
    clientSecretFindings: { attribute: false },
    redirectFindings: { attribute: false },
    credentialsType: { attribute: 'credentials-type' },
    clientIdPresent: { type: Boolean, attribute: 'client-id-present' },
    secretPresent: { type: Boolean, attribute: 'secret-present' },
    signedIn: { type: Boolean, attribute: 'signed-in' },
    canCheckPair: { type: Boolean, attribute: 'can-check-pair' },
    checkingPair: { type: Boolean, attribute: 'checking-pair' },
    pairVerdict: { attribute: false },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      h3 {
        font-size: 1em;
        margin: 0 0 4px;
      }
      ol {
        margin: 0;
        padding-left: 1.8em;
      }
      li {
        margin: 4px 0;
      }
      li[aria-current='step'] {
        background: var(--tpgo-color-current, #eef4fb);
      }
      .title {
        font-weight: 600;
      }
      .badge {
        display: inline-block;
        min-width: 4.8em;
        font-weight: 600;
      }
      [data-status='done'] .badge {
        color: var(--tpgo-color-done, #2e6b30);
      }
      [data-status='todo'] .badge {
        color: var(--tpgo-color-muted, #5f6368);
      }
      [data-status='problem'] .badge {
        color: var(--tpgo-color-error, #c62828);
      }
    `,
  ];

  clientIdFindings: readonly Finding[] = [];
  clientSecretFindings: readonly Finding[] = [];
  redirectFindings: readonly Finding[] = [];
  /** The type of an imported credentials file; empty when none was imported. */
  credentialsType: CredentialsType = '';
  /** The Client ID field is not empty. */
  clientIdPresent = false;
  /** The Client secret field is not empty (a stored secret counts). */
  secretPresent = false;
  /** The profile holds a working sign-in. */
  signedIn = false;
  /** Offer "Check with Google" in the paste step (both fields filled, no error). */
  canCheckPair = false;
  /** A check is running. */
  checkingPair = false;
  /** What "Check with Google" found last, or null. */
  pairVerdict: PairCheckVerdict | null = null;

  /** The steps as currently judged, in order. */
  get steps(): ChecklistStep[] {
    const s = t.steps;
    const idError = hasError(this.clientIdFindings);
    const secretError = hasError(this.clientSecretFindings);
    const haveClient = (this.clientIdPresent && !idError) || this.signedIn;
    const installed = this.credentialsType === 'installed';
    const credentialsLink = { label: s.client.link, href: CONSOLE.credentials };

    const client: ChecklistStep = installed
      ? { id: 'client', title: s.client.title, status: 'problem', text: s.client.problemInstalled }
      : this.clientIdPresent && idError
        ? { id: 'client', title: s.client.title, status: 'problem', text: s.client.problemId }
        : haveClient || this.credentialsType === 'web'
          ? { id: 'client', title: s.client.title, status: 'done', text: s.client.done }
          : { id: 'client', title: s.client.title, status: 'todo', text: s.client.todo };

    const redirect: ChecklistStep = hasError(this.redirectFindings)
      ? { id: 'redirect', title: s.redirect.title, status: 'problem', text: s.redirect.problem }
      : this.signedIn
        ? { id: 'redirect', title: s.redirect.title, status: 'done', text: s.redirect.done }
        : { id: 'redirect', title: s.redirect.title, status: 'todo', text: s.redirect.todo };

    const verdict = this.pairVerdict;
    const paste: ChecklistStep =
      (this.clientIdPresent && idError) || (this.secretPresent && secretError)
        ? { id: 'paste', title: s.paste.title, status: 'problem', text: s.paste.problem }
        : verdict?.tone === 'bad'
          ? { id: 'paste', title: s.paste.title, status: 'problem', text: verdict.message }
          : this.clientIdPresent && this.secretPresent
            ? {
                id: 'paste',
                title: s.paste.title,
                status: 'done',
                text: verdict?.tone === 'good' ? s.paste.accepted : s.paste.done,
              }
            : { id: 'paste', title: s.paste.title, status: 'todo', text: s.paste.todo };

    return [
      {
        id: 'project',
        title: s.project.title,
        ...(haveClient || this.credentialsType !== ''
          ? { status: 'done' as const, text: s.project.done }
          : { status: 'todo' as const, text: s.project.todo }),
        link: { label: s.project.link, href: CONSOLE.projectCreate },
      },
      {
        id: 'consent',
        title: s.consent.title,
        ...(this.signedIn
          ? { status: 'done' as const, text: s.consent.done }
          : { status: 'todo' as const, text: s.consent.todo }),
        link: { label: s.consent.link, href: CONSOLE.consent },
      },
      { ...client, link: credentialsLink },
      { ...redirect, link: { label: s.redirect.link, href: CONSOLE.credentials } },
      paste,
      {
        id: 'signIn',
        title: s.signIn.title,
        ...(this.signedIn
          ? { status: 'done' as const, text: s.signIn.done }
          : { status: 'todo' as const, text: s.signIn.todo }),
      },
    ];
  }

  override render() {
    const steps = this.steps;
    const current = steps.findIndex((step) => step.status !== 'done');
    return html`<h3 id="title">${t.title}</h3>
      <ol part="list" aria-labelledby="title">
        ${steps.map(
          (step, index) =>
            html`<li
              part="step"
              data-step=${step.id}
              data-status=${step.status}
              aria-current=${index === current ? 'step' : nothing}
            >
              <span class="badge" part="status">${t.status[step.status]}</span>
              <span class="title">${step.title}</span>:
              <span class="text">${step.text}</span>
              ${
                step.link
                  ? html`<a href=${step.link.href} target="_blank" rel="noopener noreferrer"
                      >${step.link.label}</a
                    >`
                  : nothing
              }
              ${
                step.id === 'paste' && this.canCheckPair
                  ? html`<button
                      type="button"
                      part="check"
                      ?disabled=${this.checkingPair}
                      @click=${this.requestCheck}
                    >
                      ${t.checkPair}
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ol>`;
  }

  private requestCheck(): void {
    if (this.canCheckPair && !this.checkingPair) emit(this, 'tpgo-check-request', {});
  }
}

define('tpgo-setup-checklist', TpgoSetupChecklist, ['requestCheck']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-setup-checklist': TpgoSetupChecklist;
  }
}
