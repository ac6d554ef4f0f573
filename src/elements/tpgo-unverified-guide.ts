import { LitElement, css, html } from 'lit';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { unverifiedGuide as t } from './strings.js';

/**
 * Expandable help for Google's "This app isn't verified" screen: why it appears, how to get
 * past it, and the settings that avoid it. A native `<details>`, so it opens with Enter or
 * Space and needs no script to be usable.
 *
 * @fires tpgo-toggle - The admin opened or closed it. detail: `{ open }`. Not fired when `open`
 *   is set by code.
 * @csspart details - The `<details>` element.
 * @csspart summary - The clickable summary line.
 * @csspart body - The content.
 * @cssprop --tpgo-color-border - The frame around the help.
 * @cssprop --tpgo-color-surface - The background of the opened help.
 */
export class TpgoUnverifiedGuide extends LitElement {
  static override properties = {
    open: { type: Boolean, reflect: true },
    appName: { attribute: 'app-name' },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      details {
        border: 1px solid var(--tpgo-color-border, #d0d0d0);
        border-radius: var(--tpgo-radius, 3px);
        background: var(--tpgo-color-surface, #fff);
      }
      summary {
        cursor: pointer;
        padding: 4px 8px;
        color: var(--tpgo-color-link, #1565c0);
      }
      .body {
        padding: 0 12px 8px;
      }
      h3 {
        font-size: 1em;
        margin: 10px 0 2px;
      }
      p,
      ol,
      ul {
        margin: 2px 0;
      }
      ol,
      ul {
        padding-left: 1.6em;
      }
      code {
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, monospace);
      }
    `,
  ];

  /** Whether the help is expanded. Setting it by code fires no event. */
  open = false;

  /** The app name the admin gave on the consent screen, as Google will show it. */
  appName = t.defaultAppName;

  private get details() {
    return this.renderRoot.querySelector('details') as HTMLDetailsElement;
  }

  override render() {
    const appName = this.appName.trim() || t.defaultAppName;
    return html`<details
      part="details"
      .open=${this.open}
      @toggle=${this.onToggle}
      @keydown=${this.onKeydown}
    >
      <summary part="summary">${t.summary}</summary>
      <div class="body" part="body">
        <h3>${t.whyTitle}</h3>
        <p>${t.why}</p>
        <h3>${t.pastTitle}</h3>
        <ol>
          <li>${t.past1}</li>
          <li>${t.past2(appName)}</li>
          <li>${t.past3}</li>
        </ol>
        <h3>${t.betterTitle}</h3>
        <ul>
          <li>${t.internal}</li>
          <li>${t.testing}</li>
          <li>${t.production}</li>
          <li>${t.verification}</li>
        </ul>
        <h3>${t.sourcesTitle}</h3>
        <ul>
          ${t.sources.map(
            (source) =>
              html`<li>
                <a href=${source.href} target="_blank" rel="noopener noreferrer">${source.label}</a>
              </li>`,
          )}
        </ul>
      </div>
    </details>`;
  }

  // Escape closes the open help and puts focus back on its summary, as for a disclosure.
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.details.open) return;
    event.stopPropagation();
    this.details.open = false;
    this.details.querySelector('summary')!.focus();
  }

  // `toggle` also fires, later, when code sets `open`; by then the property already matches
  // the element, which is how a change made by code is told apart from the admin's.
  private onToggle(): void {
    const open = this.details.open;
    if (open === this.open) return;
    this.open = open;
    emit(this, 'tpgo-toggle', { open });
  }
}

define('tpgo-unverified-guide', TpgoUnverifiedGuide, ['onToggle', 'onKeydown']);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-unverified-guide': TpgoUnverifiedGuide;
  }
}
