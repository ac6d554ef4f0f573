import { LitElement, css, html, nothing } from 'lit';
import type { SetupStep } from '../rules/setup-state.js';
import { setupText } from '../rules/setup-messages.js';
import { withAdviceLinks } from './internal/advice-links.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { checklist as t } from './strings.js';

/**
 * The setup's progress in one line ("Google sign-in setup: 3 of 6 done") that expands into the
 * ordered steps, each marked done, to do or a problem. It judges nothing: the host computes the
 * steps, the summary and `complete` from the one setup state (src/rules/setup-state.ts) and
 * sets them here, so the list can never disagree with the fields. The first step not done
 * carries `aria-current="step"`.
 *
 * @fires tpgo-toggle - The admin expanded or collapsed the steps. detail: `{ open }`. Not fired
 *   when `open` is set by code.
 * @csspart details - The `<details>` element.
 * @csspart summary - The one line.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step (`data-step` = its id, `data-status` = done | todo | problem).
 * @csspart status - A step's status word.
 * @cssprop --tpgo-color-done - The colour of "Done" and of the check mark.
 * @cssprop --tpgo-color-error - The colour of "Problem".
 */
export class TpgoSetupChecklist extends LitElement {
  static override properties = {
    steps: { attribute: false },
    summary: {},
    complete: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      ol {
        margin: 4px 0 0;
        padding-left: 1.8em;
      }
      li {
        margin: 3px 0;
      }
      .title {
        font-weight: 600;
      }
      .badge {
        font-weight: 600;
      }
      .mark,
      [data-status='done'] .badge {
        color: var(--tpgo-color-done, #2e6b30);
      }
      [data-status='todo'] .badge {
        color: var(--tpgo-color-muted, #666);
      }
      [data-status='problem'] .badge {
        color: var(--tpgo-color-error, #c62828);
      }
    `,
  ];

  /** The steps, in order, as the setup state computed them. */
  steps: readonly SetupStep[] = [];

  /** The one line, e.g. "Google sign-in setup: 3 of 6 done". */
  summary = '';

  /** Every step is done: the line gets a check mark. */
  complete = false;

  /** Whether the steps are shown. Setting it by code fires no event. */
  open = false;

  private get details() {
    return this.renderRoot.querySelector('details');
  }

  override render() {
    if (this.summary === '' && this.steps.length === 0) return nothing;
    const current = this.steps.findIndex((step) => step.status !== 'done');
    return html`<details part="details" .open=${this.open} @toggle=${this.onToggle}>
      <summary part="summary">
        ${this.complete ? html`<span class="mark" aria-hidden="true">✓</span> ` : nothing}${this.summary}
      </summary>
      <ol part="list">
        ${this.steps.map(
          (step, index) =>
            html`<li
              part="step"
              data-step=${step.id}
              data-status=${step.status}
              aria-current=${index === current ? 'step' : nothing}
            >
              <span class="badge" part="status">${setupText.status[step.status]}:</span>
              <span class="title">${step.title}.</span>
              <span class="text">${withAdviceLinks(step.text)}</span>
              ${
                step.link
                  ? html`<a href=${step.link.href} target="_blank" rel="noopener noreferrer"
                      >${step.link.label}<span class="visually-hidden"> ${t.newTab}</span></a
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </details>`;
  }

  // `toggle` also fires, later, when code sets `open`; by then the property already matches.
  private onToggle(): void {
    const open = this.details?.open ?? false;
    if (open === this.open) return;
    this.open = open;
    emit(this, 'tpgo-toggle', { open });
  }
}

define('tpgo-setup-checklist', TpgoSetupChecklist, ['onToggle']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-setup-checklist': TpgoSetupChecklist;
  }
}
