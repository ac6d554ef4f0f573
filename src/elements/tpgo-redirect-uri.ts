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
 * The exact redirect URI the admin must register for this account: a caption, the address with
 * a Copy button beside it, and one line saying where it goes. What else there is to know (not
 * under JavaScript origins, exact matching, the delay) waits behind "More about this address".
 *
 * The address is a block of text, not an input: every character is always on screen, however
 * narrow the editor. A long address wraps (anywhere, since a URI has no spaces to wrap at), and
 * the wrap is only drawn: the text, what Copy copies and what a selection copies, is the address
 * exactly, with no line break in it. The box takes focus (Tab) and selects the whole address on
 * focus or click, so copying by hand (Ctrl+C) also works.
 *
 * Copying tries the Clipboard API first; when it is missing (plain http on-premise servers) or
 * refused, it selects the text and uses `document.execCommand('copy')`; when that fails too it
 * leaves the text selected and says "press Ctrl+C".
 *
 * @fires tpgo-copy - The admin pressed Copy. detail: `{ uri, method }`, method `clipboard`,
 *   `fallback` (execCommand) or `manual` (nothing was copied; the text is selected).
 * @csspart base - The wrapper.
 * @csspart label - The caption.
 * @csspart input - The read-only address box (a block of text that wraps).
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
      :host {
        /* The address takes the editor's whole width, to stay on one line where it can; the
           sentences around it keep the readable measure. */
        max-width: none;
      }
      [part='guide'],
      [part='finding'],
      details {
        max-width: var(--tpgo-measure, 60ch);
      }
      [part='base'] {
        /* Room between the address and whatever the host has above it (its Email Settings). */
        padding-top: 12px;
      }
      [part='label'] {
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
      .uri {
        flex: 1 1 20ch;
        min-width: 0;
        box-sizing: border-box;
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, 'Courier New', monospace);
        font-size: inherit;
        line-height: 1.4;
        color: inherit;
        padding: 5px 8px;
        border: 1px solid var(--tpgo-color-border, #c9ced6);
        border-radius: var(--tpgo-radius, 3px);
        background: var(--tpgo-color-surface, #f7f8fa);
        /* Every character on screen: wrap anywhere, whatever the host page says around it. */
        white-space: normal;
        overflow-wrap: anywhere;
        word-break: normal;
        overflow: visible;
        text-overflow: clip;
        text-align: start;
        text-indent: 0;
        -webkit-user-select: text;
        user-select: text;
        cursor: text;
      }
      .uri:empty::before {
        content: attr(aria-placeholder);
        color: var(--tpgo-color-muted, #666);
        font-family: var(--tpgo-font-family);
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

  private get box() {
    return this.renderRoot.querySelector('.uri') as HTMLElement;
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
      <span id="label" part="label">${t.label}</span>
      <div class="row">
        <div
          id="uri"
          class="uri"
          part="input"
          role="textbox"
          aria-readonly="true"
          aria-labelledby="label"
          aria-placeholder=${this.uri ? nothing : t.empty}
          tabindex="0"
          spellcheck="false"
          .textContent=${this.uri}
          @focus=${this.selectAll}
          @click=${this.selectAll}
          @keydown=${this.onBoxKey}
        ></div>
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
      this.box.focus();
      this.selectAll();
    }
    emit(this, 'tpgo-copy', { uri, method });
    return method;
  }

  private copyBySelection(): boolean {
    this.box.focus();
    this.selectAll();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    if (copied) this.button.focus();
    return copied;
  }

  /** Ctrl+A (⌘A) in the box selects the address, as in a text field, not the whole page. */
  private onBoxKey(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      this.selectAll();
    }
  }

  /** Selects the whole address (a document selection: the box is text, not an input). */
  private selectAll(): void {
    const box = this.box;
    const selection = box?.ownerDocument.getSelection();
    if (!box || !selection || !this.uri) return;
    const range = box.ownerDocument.createRange();
    range.selectNodeContents(box);
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/** The part of a finding that needs more than its two sentences, once the rules give one. */
function findingDetails(finding: Finding | undefined) {
  const details = (finding as { details?: unknown } | undefined)?.details;
  return typeof details === 'string' && details ? html`<p>${details}</p>` : nothing;
}

define('tpgo-redirect-uri', TpgoRedirectUri, ['selectAll', 'copy', 'onBoxKey']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-redirect-uri': TpgoRedirectUri;
  }
}
