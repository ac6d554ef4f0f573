import { LitElement, css, html, nothing } from 'lit';
import { healthText } from '../rules/health-messages.js';
import type { HealthState } from '../rules/health.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles } from './internal/styles.js';

/** What the status shows: a verdict of the health rules, or any object of the same shape. */
export interface ConnectionStatusVerdict {
  readonly state: HealthState;
  readonly headline: string;
  readonly cause: string;
  readonly fix: string;
  readonly details?: readonly string[];
  /**
   * A line that needs the admin although mail may still flow (a sign-in Google will end, a
   * missing permission): its colour, and "Why and how to fix" whatever the state.
   */
  readonly severity?: 'error' | 'warning' | undefined;
}

/**
 * A mailbox's connection status in one short line, small enough to sit beside a link in a list.
 * When the connection has stopped, or the verdict carries a severity, a native `<details>` "Why and how to fix" holds the cause,
 * the fix and the details (Enter or Space opens it, Escape closes it).
 *
 * @fires tpgo-toggle - The admin opened or closed the explanation. detail: `{ open }`. Not
 *   fired when `open` is set by code.
 * @csspart line - The one-line status.
 * @csspart details - The `<details>` element.
 * @csspart summary - Its summary, "Why and how to fix".
 * @csspart body - The explanation.
 * @cssprop --tpgo-color-ok - The connected mark.
 * @cssprop --tpgo-color-error - The stopped mark and text.
 * @cssprop --tpgo-color-warning - The text of a warning (a sign-in Google will end).
 * @cssprop --tpgo-color-warning-mark - Its mark.
 * @cssprop --tpgo-color-border - The frame around the opened explanation.
 * @cssprop --tpgo-color-surface - Its background.
 */
export class TpgoConnectionStatus extends LitElement {
  static override properties = {
    verdict: { attribute: false },
    open: { type: Boolean, reflect: true },
    state: { reflect: true },
    severity: { reflect: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: top;
        margin-left: 0.6em;
        max-width: 40em;
      }
      .line::before {
        content: '';
        display: inline-block;
        width: 0.6em;
        height: 0.6em;
        border-radius: 50%;
        margin-right: 0.35em;
        background: var(--tpgo-color-muted, #5f6368);
      }
      :host([state='connected']) .line::before {
        background: var(--tpgo-color-ok, #2e7d32);
      }
      :host([state='stopped']) .line {
        color: var(--tpgo-color-error, #c62828);
      }
      :host([state='stopped']) .line::before {
        background: var(--tpgo-color-error, #c62828);
      }
      :host([severity='warning']) .line {
        color: var(--tpgo-color-warning, #8a4b00);
      }
      :host([severity='warning']) .line::before {
        background: var(--tpgo-color-warning-mark, #e37400);
      }
      :host([severity='error']) .line {
        color: var(--tpgo-color-error, #c62828);
      }
      :host([severity='error']) .line::before {
        background: var(--tpgo-color-error, #c62828);
      }
      details {
        display: inline;
      }
      details[open] {
        display: block;
        margin-top: 4px;
        border: 1px solid var(--tpgo-color-border, #d0d0d0);
        border-radius: var(--tpgo-radius, 3px);
        background: var(--tpgo-color-surface, #fff);
        padding: 0 8px 6px;
      }
      summary {
        display: inline;
        cursor: pointer;
        margin-left: 0.5em;
        color: var(--tpgo-color-link, #1565c0);
        text-decoration: underline;
      }
      details[open] summary {
        display: block;
        margin: 4px 0;
      }
      p,
      ul {
        margin: 2px 0;
      }
      ul {
        padding-left: 1.4em;
      }
      .fix {
        font-weight: 600;
      }
    `,
  ];

  /** What to show; nothing at all while it is undefined. */
  verdict: ConnectionStatusVerdict | undefined = undefined;

  /** Whether the explanation is expanded. Setting it by code fires no event. */
  open = false;

  /** The verdict's state, reflected for styling; set from `verdict`. */
  state: HealthState | '' = '';

  /** The verdict's own severity, reflected for styling (no attribute without one); set from `verdict`. */
  severity: 'error' | 'warning' | undefined = undefined;

  override willUpdate(): void {
    this.state = this.verdict?.state ?? '';
    const severity = this.verdict?.severity;
    this.severity = severity === 'error' || severity === 'warning' ? severity : undefined;
  }

  private get details(): HTMLDetailsElement | null {
    return this.renderRoot.querySelector('details');
  }

  override render() {
    const verdict = this.verdict;
    if (!verdict) return nothing;
    const explain = verdict.state === 'stopped' || this.severity !== undefined;
    return html`<span class="line" part="line">${verdict.headline}</span>${
        explain
          ? html`<details
              part="details"
              .open=${this.open}
              @toggle=${this.onToggle}
              @keydown=${this.onKeydown}
            >
              <summary part="summary">${healthText.disclosure}</summary>
              <div class="body" part="body">
                <p>${verdict.cause}</p>
                <p class="fix">${verdict.fix}</p>
                ${
                  verdict.details?.length
                    ? html`<ul>
                        ${verdict.details.map((line) => html`<li>${line}</li>`)}
                      </ul>`
                    : nothing
                }
              </div>
            </details>`
          : nothing
      }`;
  }

  // Escape closes the open explanation and puts focus back on its summary.
  private onKeydown(event: KeyboardEvent): void {
    const details = this.details;
    if (event.key !== 'Escape' || !details?.open) return;
    event.stopPropagation();
    details.open = false;
    details.querySelector('summary')!.focus();
  }

  // `toggle` also fires, later, when code sets `open`; by then the property already matches.
  private onToggle(): void {
    const open = this.details?.open ?? false;
    if (open === this.open) return;
    this.open = open;
    emit(this, 'tpgo-toggle', { open });
  }
}

define('tpgo-connection-status', TpgoConnectionStatus, ['onToggle', 'onKeydown']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-connection-status': TpgoConnectionStatus;
  }
}
