import { css } from 'lit';

/**
 * The shared look: the host page's own. Text takes the font and colour of wherever the host
 * places the element (`font: inherit`), so it reads as part of Targetprocess's editor, not as a
 * widget beside it. The `--tpgo-*` custom properties stay as theming hooks: each `var()` below
 * without a fallback falls back to inheriting (an unset custom property makes the declaration
 * `unset`, which for an inherited property is `inherit`). Colours with a default keep axe's
 * contrast ratio (4.5:1) on white and on Targetprocess's light grey.
 */
export const baseStyles = css`
  :host {
    font: inherit;
    color: inherit;
  }
  :host {
    font-family: var(--tpgo-font-family);
    font-size: var(--tpgo-font-size);
    line-height: var(--tpgo-line-height);
    color: var(--tpgo-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--tpgo-color-link, #2b66a8);
  }
  a:hover {
    text-decoration: none;
  }
  /* Targetprocess's tau-btn: white, a light grey border, a small radius, the page's font. */
  button {
    font: inherit;
    color: inherit;
    background: var(--tpgo-color-button, #fff);
    border: 1px solid var(--tpgo-color-button-border, #b9c0ca);
    border-radius: var(--tpgo-radius, 3px);
    padding: 3px 12px;
    cursor: pointer;
    white-space: nowrap;
  }
  button:hover:not(:disabled) {
    background: var(--tpgo-color-button-hover, #f0f2f5);
    border-color: var(--tpgo-color-button-border-hover, #8d96a3);
  }
  button:disabled {
    color: var(--tpgo-color-muted, #666);
    background: var(--tpgo-color-button-disabled, #f5f5f5);
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--tpgo-color-focus, #2b66a8);
    outline-offset: 1px;
  }
  summary {
    cursor: pointer;
    width: fit-content;
    color: var(--tpgo-color-link, #2b66a8);
  }
  p {
    margin: 2px 0;
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
    color: var(--tpgo-color-muted, #666);
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

/** The block most elements are: no wider than the host's column of inputs and captions. */
export const blockStyles = css`
  :host {
    display: block;
    max-width: var(--tpgo-measure, 60ch);
  }
`;
