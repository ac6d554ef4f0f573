import { html, type TemplateResult } from 'lit';
import { PERMISSIONS_URL } from '../../rules/setup-messages.js';

// "Remove access for your app" (or "for this app") is advice the admin can only follow on
// Google's Account permissions page, so wherever an element shows it, it is that link.
const REMOVE_ACCESS = /remove access for (?:your|this) app/i;

/** The text, with the advice to remove the app's access made a link to Google's page. */
export function withAdviceLinks(text: string): TemplateResult | string {
  const match = REMOVE_ACCESS.exec(text);
  if (!match) return text;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return html`${before}<a href=${PERMISSIONS_URL} target="_blank" rel="noopener noreferrer"
      >${match[0]}</a
    >${after}`;
}
