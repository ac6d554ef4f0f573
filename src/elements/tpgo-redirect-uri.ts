import { LitElement, css, html, nothing } from 'lit';
import { sortFindings, type Finding } from '../rules/finding.js';
import { define } from './internal/define.js';
import { emit, type TpgoEventDetails } from './internal/events.js';
import { renderFindingList } from './internal/render-finding.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { CONSOLE, redirectUri as t } from './strings.js';

type CopyMethod = TpgoEventDetails['tpgo-copy']['method'];

/**
 * The exact redirect URI the admin must register for this account, with a copy button and
 * where it goes in Google Cloud Console. The box is read-only and selects itself on focus, so
 * copying by hand also works.
 *
 * Copying tries the Clipboard API first; when it is missing (plain http on-premise servers) or
 * refused, it selects the text and uses `document.execCommand('copy')`; when that fails too it
 * leaves the text selected and says "press Ctrl+C".
 *
 * @fires tpgo-copy - The admin pressed Copy. detail: `{ uri, method }`, method `clipboard`,
 *   `fallback` (execCommand) or `manual` (nothing was copied; the text is selected).
 * @csspart base - The wrapper.
 * @csspart label - The box's label.
 * @csspart input - The read-only box.
 * @csspart copy - The Copy button.
 * @csspart status - The "Copied" message.
 * @csspart findings - The list of problems with this address.
 * @cssprop --tpgo-color-border - The box's border.
 * @cssprop --tpgo-color-surface - The box's background.
 */
export class TpgoRedirectUri extends LitElement {
  static override properties = {
    uri: {},
    findings: { attribute: false },
    acid: {},
    copyStatus: { state: true },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      label {
        display: block;
        font-weight: 600;
        margin-bottom: 2px;
      }
      .row {
        display: flex;
        gap: 6px;
        align-items: stretch;
      }
      input {
        flex: 1;
        min-width: 0;
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, 'Courier New', monospace);
        font-size: inherit;
        color: inherit;
        padding: 3px 5px;
        border: 1px solid var(--tpgo-color-border, #8a8a8a);
        border-radius: var(--tpgo-radius, 3px);
        background: var(--tpgo-color-surface, #f7f7f7);
      }
      p {
        margin: 4px 0;
      }
      [part='status']:empty {
        margin: 0;
      }
      .problems {
        margin-top: 6px;
        padding: 4px 8px;
        border-left: 3px solid var(--tpgo-color-error, #c62828);
      }
      .problems.no-error {
        border-left-color: var(--tpgo-color-warning, #8a5300);
      }
    `,
  ];

  /** The address to register, exactly as the host computed it. */
  uri = '';

  /** What the rules say about the address (e.g. it cannot be registered as it is). */
  findings: readonly Finding[] = [];

  /** The page's account id when the address contains one; empty when it does not. */
  acid = '';

  private copyStatus: '' | 'copied' | 'manual' = '';

  private get input() {
    return this.renderRoot.querySelector('input') as HTMLInputElement;
  }
  private get button() {
    return this.renderRoot.querySelector('button') as HTMLButtonElement;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // "Copied" spoke about the old address.
    if (changed.has('uri') && changed.get('uri') !== undefined) this.copyStatus = '';
  }

  override render() {
    const findings = sortFindings(this.findings);
    const hasError = findings.some((finding) => finding.severity === 'error');
    return html`<div part="base">
      <label for="uri" part="label">${t.label}</label>
      <div class="row">
        <input
          id="uri"
          part="input"
          type="text"
          readonly
          spellcheck="false"
          autocomplete="off"
          .value=${this.uri}
          placeholder=${this.uri ? '' : t.empty}
          @focus=${this.selectAll}
          @click=${this.selectAll}
        />
        <button
          type="button"
          part="copy"
          aria-label=${t.copyLabel}
          ?disabled=${!this.uri}
          @click=${this.copy}
        >
          ${t.copy}
        </button>
      </div>
      <p part="status" role="status">
        ${this.copyStatus === 'copied' ? t.copied : this.copyStatus === 'manual' ? t.copyManual : ''}
      </p>
      ${this.acid ? html`<p class="acid">${t.acid(this.acid)}</p>` : nothing}
      <p>
        ${t.whereBefore}<a
          href=${CONSOLE.credentials}
          target="_blank"
          rel="noopener noreferrer"
          part="link"
          >${t.whereLink}</a
        >${t.whereAfter}
      </p>
      <p class="muted">${t.exact}</p>
      ${
        findings.length
          ? html`<div class="problems ${hasError ? 'has-error' : 'no-error'}">
              ${hasError ? html`<p>${t.problems}</p>` : nothing} ${renderFindingList(findings)}
            </div>`
          : nothing
      }
    </div>`;
  }

  /** Copies the address; resolves with how it was copied (also sent in `tpgo-copy`). */
  async copy(): Promise<CopyMethod | undefined> {
    const uri = this.uri;
    if (!uri) return undefined;
    let method: CopyMethod;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(uri);
      method = 'clipboard';
    } catch {
      method = this.copyBySelection() ? 'fallback' : 'manual';
    }
    // Clear first, so a second "Copied." is announced again.
    this.copyStatus = '';
    await this.updateComplete;
    this.copyStatus = method === 'manual' ? 'manual' : 'copied';
    if (method === 'manual') {
      this.input.focus();
      this.input.select();
    }
    emit(this, 'tpgo-copy', { uri, method });
    return method;
  }

  private copyBySelection(): boolean {
    const input = this.input;
    input.focus();
    input.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    if (copied) this.button.focus();
    return copied;
  }

  private selectAll(): void {
    this.input.select();
  }
}

define('tpgo-redirect-uri', TpgoRedirectUri, ['selectAll', 'copy']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-redirect-uri': TpgoRedirectUri;
  }
}
