import { LitElement, css, html, nothing } from 'lit';
import { SIGN_IN_ERRORS, decodeSignInError, type SignInDiagnosis } from '../rules/signin-errors.js';
import { PERMISSIONS_URL } from '../rules/setup-messages.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { withAdviceLinks } from './internal/advice-links.js';
import { signInError as t } from './signin-strings.js';
import { DETAILS } from './strings.js';

/**
 * Explains a Google sign-in error: give it the text the editor showed (`text`), or let the
 * admin paste what Google's window said or pick a known error. A lead-in says why it is there:
 * with `unfinished` (a sign-in just ended without signing in) it asks what Google's window
 * said. The answer is compact: the error's name and its cause, then the fix; links, or general
 * advice for an error it does not know, wait behind "Details".
 *
 * @fires tpgo-decode - The admin typed, pasted, cleared (Escape) or picked an error.
 *   detail: `{ query, code? }` with the recognised code. Not fired when `text` is set by code.
 * @csspart base - The wrapper.
 * @csspart lead - The lead-in line.
 * @csspart input - The text box.
 * @csspart select - The list of known errors.
 * @csspart result - The diagnosis (title and cause, fix, details).
 * @csspart unknown - The "not recognised" message and the general advice.
 */
export class TpgoSigninError extends LitElement {
  static override properties = {
    text: {},
    unfinished: { type: Boolean, reflect: true },
    query: { state: true },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      .lead {
        font-weight: 600;
        margin-bottom: 4px;
      }
      label {
        display: block;
        margin: 4px 0 2px;
      }
      .pick {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px;
        margin-top: 4px;
      }
      .pick label {
        display: inline;
        margin: 0;
      }
      input,
      select {
        font: inherit;
        color: inherit;
        padding: 4px 6px;
        border: 1px solid var(--tpgo-color-border, #c9ced6);
        border-radius: var(--tpgo-radius, 3px);
        background: var(--tpgo-color-field, #fff);
      }
      input {
        box-sizing: border-box;
        width: 100%;
      }
      select {
        flex: 1 1 20ch;
        min-width: 0;
      }
      .result {
        margin-top: 6px;
      }
      ul {
        margin: 2px 0;
        padding-left: 1.4em;
      }
    `,
  ];

  /** The error to explain, e.g. what the editor showed after Sign in. */
  text = '';

  /** A sign-in just ended without signing in: the lead-in asks what Google's window said. */
  unfinished = false;

  // Every keystroke goes into `query`, so the input's `.value` binding never lags behind what
  // the admin typed and needs no `live()` directive.
  private query = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('text')) this.query = this.text;
  }

  /** What the current text means, if the rules know it. */
  get diagnosis(): SignInDiagnosis | undefined {
    return decodeSignInError(this.query);
  }

  override render() {
    const diagnosis = this.diagnosis;
    return html`<div part="base">
      <p class="lead" part="lead">${this.unfinished ? t.leadUnfinished : t.lead}</p>
      <label for="query">${t.inputLabel}</label>
      <input
        id="query"
        part="input"
        type="text"
        spellcheck="false"
        autocomplete="off"
        placeholder=${t.inputHint}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
      <div class="pick">
        <label for="pick">${t.selectLabel}</label>
        <select id="pick" part="select" @change=${this.onPick}>
          <option value="" ?selected=${!diagnosis}>${t.selectNone}</option>
          ${SIGN_IN_ERRORS.map(
            (known) =>
              html`<option value=${known.code} ?selected=${diagnosis?.code === known.code}>
                ${known.title}
              </option>`,
          )}
        </select>
      </div>
      ${
        this.query.trim() === ''
          ? nothing
          : diagnosis
            ? this.renderDiagnosis(diagnosis)
            : this.renderUnknown()
      }
    </div>`;
  }

  private renderDiagnosis(diagnosis: SignInDiagnosis) {
    const links = [...diagnosis.links];
    // The one error whose fix happens on the Google Account's permissions page.
    if (
      diagnosis.code === 'no_refresh_token' &&
      !links.some((link) => link.href === PERMISSIONS_URL)
    ) {
      links.unshift({ label: t.permissions, href: PERMISSIONS_URL });
    }
    return html`<section
      class="result"
      part="result"
      aria-labelledby="result-title"
      data-code=${diagnosis.code}
    >
      <p>
        <strong id="result-title">${withAdviceLinks(diagnosis.title)}</strong>
        <span part="cause">${withAdviceLinks(diagnosis.cause)}</span>
      </p>
      <p part="fix">${withAdviceLinks(diagnosis.fix)}</p>
      ${
        links.length
          ? html`<details part="details">
              <summary>${DETAILS}</summary>
              <ul>
                ${links.map(
                  (link) =>
                    html`<li>
                      <a href=${link.href} target="_blank" rel="noopener noreferrer"
                        >${link.label}</a
                      >
                    </li>`,
                )}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  private renderUnknown() {
    return html`<section class="result unknown" part="unknown" aria-labelledby="unknown-title">
      <p><strong id="unknown-title">${t.notRecognised}</strong></p>
      <details part="details">
        <summary>${DETAILS}</summary>
        <ul>
          ${t.generalAdvice.map((advice) => html`<li>${advice}</li>`)}
        </ul>
      </details>
    </section>`;
  }

  private onInput(event: Event): void {
    this.changeQuery((event.target as HTMLInputElement).value);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.query === '') return;
    event.stopPropagation();
    this.changeQuery('');
  }

  private onPick(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this.changeQuery(code);
  }

  private changeQuery(query: string): void {
    this.query = query;
    const code = decodeSignInError(query)?.code;
    emit(this, 'tpgo-decode', code ? { query, code } : { query });
  }
}

define('tpgo-signin-error', TpgoSigninError, ['onInput', 'onKeydown', 'onPick']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-signin-error': TpgoSigninError;
  }
}
