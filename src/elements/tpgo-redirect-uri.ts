import { LitElement, css, html, nothing } from 'lit';
import { sortFindings, type Finding } from '../rules/finding.js';
import { define } from './internal/define.js';
import { emit, type TpgoEventDetails } from './internal/events.js';
import { renderFindingList, renderFindingText } from './internal/render-finding.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { CONSOLE } from '../rules/setup-messages.js';
import { redirectUri as t } from './strings.js';

type CopyMethod = TpgoEventDetails['tpgo-copy']['method'];

/**
 * The exact redirect URI the admin must register for this account: a caption, the read-only
 * address with a Copy button on one row, and one line saying where it goes. What else there is
 * to know (not under JavaScript origins, exact matching, the delay) waits behind "More about
 * this address". The box selects itself on focus, so copying by hand also works.
 *
 * Copying tries the Clipboard API first; when it is missing (plain http on-premise servers) or
 * refused, it selects the text and uses `document.execCommand('copy')`; when that fails too it
 * leaves the text selected and says "press Ctrl+C".
 *
 * @fires tpgo-copy - The admin pressed Copy. detail: `{ uri, method }`, method `clipboard`,
 *   `fallback` (execCommand) or `manual` (nothing was copied; the text is selected).
 * @csspart base - The wrapper.
 * @csspart label - The caption.
 * @csspart input - The read-only box.
 * @csspart copy - The Copy button.
 * @csspart status - The "Copied" message.
 * @csspart guide - The one line of guidance.
 * @csspart finding - The worst problem with this address, when there is one.
 * @csspart more - The "More about this address" disclosure.
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
        margin-bottom: 4px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
      }
      input {
        flex: 1 1 20ch;
        min-width: 0;
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, 'Courier New', monospace);
        font-size: inherit;
        color: inherit;
        padding: 5px 8px;
        border: 1px solid var(--tpgo-color-border, #c9ced6);
        border-radius: var(--tpgo-radius, 3px);
        background: var(--tpgo-color-surface, #f7f8fa);
      }
      button {
        align-self: stretch;
      }
      [part='status']:empty {
        display: none;
      }
      [part='guide'],
      [part='finding'] {
        margin-top: 4px;
      }
      details {
        margin-top: 2px;
      }
      details > :not(summary) {
        margin: 2px 0 2px 1em;
      }
      ul {
        padding-left: 1.2em;
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
    const [worst, ...rest] = sortFindings(this.findings);
    // An address Google refuses needs its fix, not the advice to register it.
    const blocked = worst?.severity === 'error';
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
        <span part="status" role="status" class=${this.copyStatus === 'manual' ? 'warning' : ''}
          >${
            this.copyStatus === 'copied'
              ? t.copied
              : this.copyStatus === 'manual'
                ? t.copyManual
                : ''
          }</span
        >
      </div>
      ${
        worst
          ? html`<p part="finding" class=${worst.severity} data-code=${worst.code}>
              ${renderFindingText(worst)}
            </p>`
          : nothing
      }
      ${
        blocked
          ? nothing
          : html`<p part="guide">
              ${t.guideBefore}<a
                href=${CONSOLE.clients}
                target="_blank"
                rel="noopener noreferrer"
                part="link"
                >${t.guideLink}</a
              >${t.guideAfter} ${this.acid ? html`<span class="acid">${t.acid}</span>` : nothing}
            </p>`
      }
      <details part="more">
        <summary>${t.more}</summary>
        ${findingDetails(worst)}
        ${
          rest.length
            ? html`<p>${t.moreFindings}</p>
                ${renderFindingList(rest)}`
            : nothing
        }
        ${blocked && this.acid ? html`<p class="acid">${t.acid}</p>` : nothing}
        <p>${t.origins}</p>
        <p>${t.exact}</p>
        <p>${t.delay}</p>
        ${this.acid ? html`<p>${t.acidMore(this.acid)}</p>` : nothing}
      </details>
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
    // Clear first, so a second "Copied" is announced again.
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

/** The part of a finding that needs more than its two sentences, once the rules give one. */
function findingDetails(finding: Finding | undefined) {
  const details = (finding as { details?: unknown } | undefined)?.details;
  return typeof details === 'string' && details ? html`<p>${details}</p>` : nothing;
}

define('tpgo-redirect-uri', TpgoRedirectUri, ['selectAll', 'copy']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-redirect-uri': TpgoRedirectUri;
  }
}
