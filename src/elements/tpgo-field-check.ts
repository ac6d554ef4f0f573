import { LitElement, css, html, nothing } from 'lit';
import { sortFindings, type Finding } from '../rules/finding.js';
import { announce, announcer, releaseAnnouncer, retract } from './internal/announcer.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { renderFindingText } from './internal/render-finding.js';
import { baseStyles } from './internal/styles.js';
import { fieldCheck as t } from './strings.js';

/**
 * The findings for one field, placed right after the host's input. Point the input's
 * `aria-describedby` at this element's id: the text in its shadow root becomes the input's
 * accessible description.
 *
 * Errors stay hidden until `revealed` is set (after blur or an attempt to go on), so the admin
 * is not scolded while typing; warnings and notes show at once. A new error (a changed code) is
 * announced once through the page's polite live region (`#tpgo-announcer`, see
 * internal/announcer.ts), not on every keystroke.
 *
 * @fires tpgo-use-suggestion - The admin chose a suggested value. detail: `{ value, code }`.
 * @csspart base - The wrapper of all the text.
 * @csspart worst - The worst visible finding.
 * @csspart message - A finding's "what is wrong".
 * @csspart fix - A finding's "what to do".
 * @csspart suggestion - A "Use ..." button.
 * @csspart more - The `<details>` holding the other findings.
 * @csspart findings - The list of other findings.
 * @cssprop --tpgo-color-error - Error text colour (default #c62828).
 * @cssprop --tpgo-color-warning - Warning text colour.
 * @cssprop --tpgo-color-info - Note text colour.
 */
export class TpgoFieldCheck extends LitElement {
  static override properties = {
    findings: { attribute: false },
    revealed: { type: Boolean, reflect: true },
    fieldLabel: { attribute: 'field-label' },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        margin: 2px 0 6px;
      }
      .root.empty {
        display: none;
      }
      .worst {
        margin: 0;
      }
      .worst [part='fix'] {
        color: var(--tpgo-color-text, #222);
      }
      button {
        margin: 3px 0 0;
      }
      details {
        margin-top: 2px;
      }
      summary {
        cursor: pointer;
        color: var(--tpgo-color-muted, #5f6368);
      }
      li button {
        margin-left: 4px;
      }
    `,
  ];

  /** What the rules said about the field's current value. */
  findings: readonly Finding[] = [];

  /** Show errors. Off while the admin is still typing the first value. */
  revealed = false;

  /** The field's name as the admin sees it, e.g. "Client ID"; starts the announcement. */
  fieldLabel = '';

  private announcedCode = '';
  private announcement = '';

  /** The findings the admin may see now, worst first. */
  get visibleFindings(): Finding[] {
    return sortFindings(this.findings).filter(
      (finding) => this.revealed || finding.severity !== 'error',
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A live region must exist before it changes, or the first announcement is lost.
    announcer(this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A field that is gone has nothing left to say.
    if (this.announcement) retract(this.announcement, this.ownerDocument);
    this.announcement = '';
    this.announcedCode = '';
    // The page keeps nothing of ours once the last field check is gone.
    releaseAnnouncer(this.ownerDocument);
  }

  protected override willUpdate(): void {
    const error = this.visibleFindings.find((finding) => finding.severity === 'error');
    if (!error) {
      // Forget it, so the same error coming back later is announced again; and drop a
      // pending announcement of an error that is no longer there.
      this.announcedCode = '';
      if (this.announcement) retract(this.announcement, this.ownerDocument);
      this.announcement = '';
      return;
    }
    if (error.code === this.announcedCode) return;
    this.announcedCode = error.code;
    this.announcement = t.announce(this.fieldLabel, `${error.message} ${error.fix}`.trim());
    announce(this.announcement, this.ownerDocument);
  }

  protected override updated(): void {
    const worst = this.visibleFindings[0];
    if (worst) this.dataset.severity = worst.severity;
    else delete this.dataset.severity;
  }

  override render() {
    const [worst, ...others] = this.visibleFindings;
    return html`<div part="base" class="root ${worst ? worst.severity : 'empty'}">
      ${
        worst
          ? html`<p part="worst" class="worst" data-code=${worst.code}>
                ${renderFindingText(worst)}
              </p>
              ${this.renderSuggestion(worst)}`
          : nothing
      }
      ${
        others.length
          ? html`<details part="more">
              <summary>${t.moreFindings(others.length)}</summary>
              <ul class="finding-list" part="findings">
                ${others.map(
                  (finding) =>
                    html`<li class=${finding.severity} data-code=${finding.code}>
                      ${renderFindingText(finding)} ${this.renderSuggestion(finding)}
                    </li>`,
                )}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  private renderSuggestion(finding: Finding) {
    if (finding.suggestion === undefined) return nothing;
    return html`<button
      type="button"
      part="suggestion"
      data-code=${finding.code}
      @click=${() => this.useSuggestion(finding)}
    >
      ${finding.suggestionLabel || t.defaultSuggestion}
    </button>`;
  }

  private useSuggestion(finding: Finding): void {
    if (finding.suggestion === undefined) return;
    emit(this, 'tpgo-use-suggestion', { value: finding.suggestion, code: finding.code });
  }
}

define('tpgo-field-check', TpgoFieldCheck, ['useSuggestion']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-field-check': TpgoFieldCheck;
  }
}
