import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Finding } from '../rules/finding.js';
import { announce, announcer, releaseAnnouncer, retract } from './internal/announcer.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { renderFindingDetails, renderFindingText } from './internal/render-finding.js';
import { baseStyles } from './internal/styles.js';
import { fieldCheck as t } from './strings.js';

/**
 * The findings for one field, placed right after the host's input. Point the input's
 * `aria-describedby` at this element's id: the text in its shadow root becomes the input's
 * accessible description.
 *
 * It shows the worst finding only: its headline, its fix, its one-click suggestion when there
 * is one, and its details behind "Details". The other findings wait behind a "+N more" toggle
 * button, each again as headline and fix.
 *
 * Errors stay hidden until `revealed` is set (after blur or an attempt to go on), so the admin
 * is not scolded while typing; warnings and notes show at once. A new error (a changed code) is
 * announced once through the page's polite live region (`#tpgo-announcer`, see
 * internal/announcer.ts), not on every keystroke.
 *
 * @fires tpgo-use-suggestion - The admin chose a suggested value. detail: `{ value, code }`.
 * @csspart base - The wrapper of all the text.
 * @csspart worst - The worst visible finding.
 * @csspart message - A finding's headline.
 * @csspart fix - A finding's "what to do".
 * @csspart suggestion - A "Use ..." button.
 * @csspart details - The worst finding's "Details" disclosure.
 * @csspart more - The "+N more" toggle button.
 * @csspart findings - The list of the other findings.
 * @cssprop --tpgo-color-error - Error text colour (default #c62828).
 * @cssprop --tpgo-color-warning - Warning text colour.
 * @cssprop --tpgo-color-info - Note text colour.
 */
export class TpgoFieldCheck extends LitElement {
  static override properties = {
    findings: { attribute: false },
    revealed: { type: Boolean, reflect: true },
    fieldLabel: { attribute: 'field-label' },
    expanded: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      /* The page's own text: the host's font and colour, whatever the shared look says. */
      :host {
        display: block;
        margin: 2px 0 6px;
        font: inherit;
        color: inherit;
        font-family: var(--tpgo-font-family);
        font-size: var(--tpgo-font-size);
        color: var(--tpgo-color-text);
      }
      .root {
        max-width: 60ch;
      }
      .root.empty {
        display: none;
      }
      .worst,
      li {
        margin: 0;
      }
      [part='fix'] {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 8px;
        margin-top: 3px;
      }
      .actions:empty {
        display: none;
      }
      details {
        margin-top: 2px;
      }
      summary {
        cursor: pointer;
        width: fit-content;
      }
      details p {
        margin: 2px 0 0;
      }
      .finding-list {
        margin: 4px 0 0;
        padding-left: 1.2em;
      }
      .finding-list[hidden] {
        display: none;
      }
      li + li {
        margin-top: 3px;
      }
      li button {
        margin-top: 2px;
      }
    `,
  ];

  /** What the rules said about the field's current value, worst first (the view sorts them). */
  findings: readonly Finding[] = [];

  /** Show errors. Off while the admin is still typing the first value. */
  revealed = false;

  /** The field's name as the admin sees it, e.g. "Client ID"; starts the announcement. */
  fieldLabel = '';

  /** Whether the other findings are shown ("+N more" pressed). */
  protected expanded = false;

  private announcedCode = '';
  private announcement = '';
  private shownCode = '';

  /** The findings the admin may see now, in the order given. */
  get visibleFindings(): Finding[] {
    return this.findings.filter((finding) => this.revealed || finding.severity !== 'error');
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
    // Another worst finding starts collapsed again: its "+N more" is a new list.
    const worstCode = this.visibleFindings[0]?.code ?? '';
    if (worstCode !== this.shownCode) this.expanded = false;
    this.shownCode = worstCode;

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
    if (!worst) return html`<div part="base" class="root empty"></div>`;
    // Only the severity word is coloured; the text keeps the page's colour.
    return html`<div part="base" class="root" data-severity=${worst.severity}>
      ${keyed(
        worst.code,
        html`<p part="worst" class="worst" data-code=${worst.code}>${renderFindingText(worst)}</p>
          ${renderFindingDetails(worst)}`,
      )}
      <div class="actions">${this.renderSuggestion(worst)}${this.renderMoreButton(others)}</div>
      ${
        others.length
          ? html`<ul id="others" class="finding-list" part="findings" ?hidden=${!this.expanded}>
              ${others.map(
                (finding) =>
                  html`<li data-severity=${finding.severity} data-code=${finding.code}>
                    ${renderFindingText(finding)}
                    ${
                      // The same value as the worst finding's button needs no second button.
                      finding.suggestion !== worst.suggestion
                        ? this.renderSuggestion(finding)
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderMoreButton(others: readonly Finding[]) {
    if (others.length === 0) return nothing;
    return html`<button
      type="button"
      part="more"
      class="more"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      aria-controls="others"
      @click=${this.toggleMore}
    >
      ${this.expanded ? t.fewerFindings(others.length) : t.moreFindings(others.length)}
    </button>`;
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

  private toggleMore(): void {
    this.expanded = !this.expanded;
  }

  private useSuggestion(finding: Finding): void {
    if (finding.suggestion === undefined) return;
    emit(this, 'tpgo-use-suggestion', { value: finding.suggestion, code: finding.code });
  }
}

define('tpgo-field-check', TpgoFieldCheck, ['useSuggestion', 'toggleMore']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-field-check': TpgoFieldCheck;
  }
}
