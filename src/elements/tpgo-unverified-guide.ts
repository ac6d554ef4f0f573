import { LitElement, css, html } from 'lit';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { unverifiedGuide as t } from './unverified-guide-strings.js';

/**
 * A one-line disclosure for Google's "This app isn't verified" screen, meant to sit next to
 * Sign in, where the admin meets that screen. Opened, it says briefly why the screen appears,
 * the three clicks past it, and the settings that avoid it, with Google's pages last. A native
 * `<details>`, so it opens with Enter or Space and needs no script to be usable.
 *
 * @fires tpgo-toggle - The admin opened or closed it. detail: `{ open }`. Not fired when `open`
 *   is set by code.
 * @csspart details - The `<details>` element.
 * @csspart summary - The clickable summary line.
 * @csspart body - The content.
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
      .body {
        margin: 4px 0 4px 1em;
      }
      .subtitle {
        font-weight: 600;
        margin-top: 6px;
      }
      ol,
      ul {
        margin: 2px 0;
        padding-left: 1.4em;
      }
      .sources {
        margin-top: 6px;
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
        <p>${t.why}</p>
        <p>${t.pastTitle}</p>
        <ol>
          <li>${t.past1}</li>
          <li>${t.past2(appName)}</li>
          <li>${t.past3}</li>
        </ol>
        <p class="subtitle">${t.betterTitle}</p>
        <ul>
          <li>${t.internal}</li>
          <li>${t.production}</li>
          <li>${t.testing}</li>
        </ul>
        <p class="sources muted">
          ${t.sourcesTitle}
          ${t.sources.map(
            (source, index) =>
              html`${index ? ', ' : ''}<a
                  href=${source.href}
                  target="_blank"
                  rel="noopener noreferrer"
                  >${source.label}</a
                >`,
          )}
        </p>
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
