import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { PairCheckVerdict } from '../rules/pair-check.js';
import { withAdviceLinks } from './internal/advice-links.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { fieldCheck, googleCheck as t } from './strings.js';

/**
 * "Check with Google" on one row: the button, and beside it what it found (the tone in words
 * and the headline), with the fix below the headline when there is one; while it runs,
 * "Checking…" and Cancel; when it cannot run, why, briefly. What the button sends where is its
 * description (and its tooltip), not a paragraph on the page. It sends nothing itself: whoever
 * places it listens for `tpgo-check-request`, does the check and sets `checking` and `verdict`.
 *
 * @fires tpgo-check-request - The admin asked for a check. detail: `{}`.
 * @fires tpgo-check-cancel - The admin cancelled the running check (button or Escape). detail: `{}`.
 * @csspart button - The "Check with Google" button.
 * @csspart cancel - The Cancel button.
 * @csspart reason - Why the check cannot run now.
 * @csspart verdict - The verdict (a status region).
 * @csspart fix - The verdict's fix.
 * @cssprop --tpgo-color-done - The colour of a good verdict.
 */
export class TpgoGoogleCheck extends LitElement {
  static override properties = {
    disabled: { type: Boolean, reflect: true },
    disabledReason: { attribute: 'disabled-reason' },
    checking: { type: Boolean, reflect: true },
    verdict: { attribute: false },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 8px;
      }
      [part='verdict'] {
        flex: 1 1 24ch;
        min-width: 0;
      }
      [part='verdict']:empty {
        display: none;
      }
      .good strong {
        color: var(--tpgo-color-done, #2e6b30);
      }
      .bad strong {
        color: var(--tpgo-color-error, #c62828);
      }
      .unknown strong {
        color: var(--tpgo-color-warning, #8a5300);
      }
    `,
  ];

  /** No check possible now (a field has an error, or is empty). */
  disabled = false;

  /** Why the check is not possible, shown beside the disabled button. */
  disabledReason = '';

  /** A check is running. */
  checking = false;

  /** The last check's verdict, or null. */
  verdict: PairCheckVerdict | null = null;

  private get checkButton() {
    return this.renderRoot.querySelector<HTMLButtonElement>('button[part=button]');
  }
  private get cancelButton() {
    return this.renderRoot.querySelector<HTMLButtonElement>('button[part=cancel]');
  }

  /** Keyboard focus was on our buttons when the check started: keep it with us. */
  private keepFocus = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('checking') || !this.keepFocus) return;
    // The focused button is disabled or removed as the state flips: move focus to its twin.
    if (this.checking) this.cancelButton?.focus();
    else {
      this.keepFocus = false;
      this.checkButton?.focus();
    }
  }

  override render() {
    const reason = this.disabled ? this.disabledReason || t.disabledDefault : '';
    // A hidden element still gives its text to aria-describedby, and adds no words on screen.
    return html`<div class="row" @keydown=${this.onKeydown}>
      <span id="about" hidden>${t.about}</span>
      <button
        type="button"
        part="button"
        title=${t.about}
        aria-describedby=${reason ? 'reason about' : 'about'}
        ?disabled=${this.disabled || this.checking}
        @click=${this.request}
      >
        ${t.button}
      </button>
      ${
        this.checking
          ? html`<span>${t.checking}</span>
              <button type="button" part="cancel" @click=${this.cancel}>${t.cancel}</button>`
          : nothing
      }
      ${reason ? html`<span id="reason" part="reason" class="muted">${reason}</span>` : nothing}
      <div role="status" part="verdict">${this.renderVerdict()}</div>
    </div>`;
  }

  private renderVerdict() {
    const verdict = this.verdict;
    if (!verdict || this.checking) return nothing;
    return html`<p class=${verdict.tone} data-outcome=${verdict.outcome}>
        <strong>${t.tone[verdict.tone]}</strong> ${withAdviceLinks(verdict.message)}
      </p>
      ${verdict.fix ? html`<p part="fix">${withAdviceLinks(verdict.fix)}</p>` : nothing}
      ${
        verdict.details
          ? html`<details part="details">
              <summary>${fieldCheck.details}</summary>
              <p>${verdict.details}</p>
            </details>`
          : nothing
      }`;
  }

  private request(): void {
    if (this.disabled || this.checking) return;
    this.keepFocus = this.shadowRoot?.activeElement === this.checkButton;
    emit(this, 'tpgo-check-request', {});
  }

  private cancel(): void {
    if (this.checking) emit(this, 'tpgo-check-cancel', {});
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.checking) {
      event.stopPropagation();
      this.cancel();
    }
  }
}

define('tpgo-google-check', TpgoGoogleCheck, ['request', 'cancel', 'onKeydown']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-google-check': TpgoGoogleCheck;
  }
}
