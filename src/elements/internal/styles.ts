import { css } from 'lit';

/**
 * The shared look. Every colour and size goes through a `--tpgo-*` custom property so a host
 * page can theme the elements without reaching into their shadow roots; the defaults sit on
 * Targetprocess's light settings pages (system font, 13px, greys) and keep axe's contrast
 * ratio (4.5:1) on white.
 */
export const baseStyles = css`
  :host {
    font-family: var(
      --tpgo-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    font-size: var(--tpgo-font-size, 13px);
    line-height: var(--tpgo-line-height, 1.45);
    color: var(--tpgo-color-text, #222);
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--tpgo-color-link, #1565c0);
  }
  a:hover {
    text-decoration: none;
  }
  button {
    font: inherit;
    color: var(--tpgo-color-button-text, #222);
    background: var(--tpgo-color-button, #f5f5f5);
    border: 1px solid var(--tpgo-color-border-strong, #8a8a8a);
    border-radius: var(--tpgo-radius, 3px);
    padding: 2px 10px;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--tpgo-color-button-hover, #e8e8e8);
  }
  button:disabled {
    color: var(--tpgo-color-muted, #5f6368);
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--tpgo-color-focus, #1565c0);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--tpgo-color-muted, #5f6368);
  }
  .error {
    color: var(--tpgo-color-error, #c62828);
  }
  .warning {
    color: var(--tpgo-color-warning, #8a5300);
  }
  .info {
    color: var(--tpgo-color-info, #3c4a5c);
  }
  .finding-list {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .finding-list li {
    margin: 2px 0;
  }
  .sev {
    font-weight: 600;
  }
`;

/** The block that most elements are: full width up to a readable measure. */
export const blockStyles = css`
  :host {
    display: block;
    max-width: 48em;
  }
`;
