import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { PairCheckVerdict } from '../rules/pair-check.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { googleCheck as t } from './strings.js';

/**
 * "Check with Google": a button that asks for the Client ID and secret pair to be checked, a
 * Cancel while it runs, and the verdict with its fix. It sends nothing itself: whoever places
 * it listens for `tpgo-check-request`, does the check and sets `checking` and `verdict`.
 *
 * @fires tpgo-check-request - The admin asked for a check. detail: `{}`.
 * @fires tpgo-check-cancel - The admin cancelled the running check (button or Escape). detail: `{}`.
 * @csspart button - The "Check with Google" button.
 * @csspart cancel - The Cancel button.
 * @csspart verdict - The verdict.
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
      :host {
        margin: 6px 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      p {
        margin: 2px 0;
      }
      .muted {
        color: var(--tpgo-color-muted, #5f6368);
      }
      .good strong {
        color: var(--tpgo-color-done, #2e7d32);
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
    return html`<p class="muted" id="intro">${t.intro}</p>
      <div class="row" @keydown=${this.onKeydown}>
        <button
          type="button"
          part="button"
          aria-describedby=${reason ? 'reason' : 'intro'}
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
        ${reason ? html`<span id="reason" class="muted">${reason}</span>` : nothing}
      </div>
      <div role="status" part="verdict">${this.renderVerdict()}</div>`;
  }

  private renderVerdict() {
    const verdict = this.verdict;
    if (!verdict || this.checking) return nothing;
    return html`<p class=${verdict.tone} data-outcome=${verdict.outcome}>
      <strong>${t.tone[verdict.tone]}</strong> ${verdict.message} ${verdict.fix}
    </p>`;
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
