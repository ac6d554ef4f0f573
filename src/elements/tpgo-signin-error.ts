import { LitElement, css, html, nothing } from 'lit';
import { SIGN_IN_ERRORS, decodeSignInError, type SignInDiagnosis } from '../rules/index.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { signInError as t } from './strings.js';

/**
 * Explains a Google sign-in error: give it the text the editor showed (`text`), or let the
 * admin paste what Google's page said or pick a known error; it shows the cause and the fix
 * from the rules, or general advice when the error is not known.
 *
 * @fires tpgo-decode - The admin typed, pasted, cleared (Escape) or picked an error.
 *   detail: `{ query, code? }` with the recognised code. Not fired when `text` is set by code.
 * @csspart base - The wrapper.
 * @csspart input - The text box.
 * @csspart select - The list of known errors.
 * @csspart result - The diagnosis (title, cause, fix, links).
 * @csspart unknown - The "not recognised" message and general advice.
 */
export class TpgoSigninError extends LitElement {
  static override properties = {
    text: {},
    query: { state: true },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      label {
        display: block;
        font-weight: 600;
        margin: 6px 0 2px;
      }
      input,
      select {
        font: inherit;
        color: inherit;
        padding: 2px 4px;
        border: 1px solid var(--tpgo-color-border, #8a8a8a);
        border-radius: var(--tpgo-radius, 3px);
        background: var(--tpgo-color-field, #fff);
      }
      input {
        box-sizing: border-box;
        width: 100%;
      }
      p {
        margin: 4px 0;
      }
      .result {
        margin-top: 8px;
        padding: 6px 8px;
        border-left: 3px solid var(--tpgo-color-link, #1565c0);
      }
      .result.unknown {
        border-left-color: var(--tpgo-color-border, #9e9e9e);
      }
      h3 {
        font-size: 1em;
        margin: 0 0 4px;
      }
      ul {
        margin: 2px 0;
        padding-left: 1.4em;
      }
      code {
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, monospace);
      }
    `,
  ];

  /** The error to explain, e.g. what the editor showed after Sign in. */
  text = '';

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
      <label for="query">${t.inputLabel}</label>
      <input
        id="query"
        part="input"
        type="text"
        spellcheck="false"
        autocomplete="off"
        aria-describedby="hint"
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
      <p id="hint" class="muted">${t.inputHint}</p>
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
    return html`<section
      class="result"
      part="result"
      aria-labelledby="result-title"
      data-code=${diagnosis.code}
    >
      <h3 id="result-title">${diagnosis.title}</h3>
      <p><strong>${t.cause}:</strong> ${diagnosis.cause}</p>
      <p><strong>${t.fix}:</strong> ${diagnosis.fix}</p>
      ${
        diagnosis.links.length
          ? html`<p>${t.links}:</p>
              <ul>
                ${diagnosis.links.map(
                  (link) =>
                    html`<li>
                      <a href=${link.href} target="_blank" rel="noopener noreferrer"
                        >${link.label}</a
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderUnknown() {
    return html`<section class="result unknown" part="unknown" aria-labelledby="unknown-title">
      <h3 id="unknown-title">${t.notRecognised}</h3>
      <ul>
        ${t.generalAdvice.map((advice) => html`<li>${advice}</li>`)}
      </ul>
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
