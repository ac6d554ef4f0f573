import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../../rules/finding.js';
import { SEVERITY_LABEL, fieldCheck } from '../strings.js';

/**
 * One finding as text: its severity in words (never colour alone), the headline, the fix.
 * Text bindings only, so a finding can never inject markup.
 */
export function renderFindingText(finding: Finding): TemplateResult {
  // The spaces are inside one template: an accessible name joins inline elements only where
  // the text has a space, and "wrong.Do this" reads badly.
  return html`<span class="sev ${finding.severity}">${SEVERITY_LABEL[finding.severity]}</span>
    <span part="message">${finding.message}</span> <span part="fix">${finding.fix}</span>`;
}

/** A finding's details (why, Google's words, the code point) behind a "Details" disclosure. */
export function renderFindingDetails(finding: Finding): TemplateResult | typeof nothing {
  if (!finding.details) return nothing;
  return html`<details part="details" class="finding-details">
    <summary>${fieldCheck.details}</summary>
    <p>${finding.details}</p>
  </details>`;
}

/** A plain list of findings, worst first (the caller sorts), each with its details. */
export function renderFindingList(findings: readonly Finding[]): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<ul class="finding-list" part="findings">
    ${findings.map(
      (finding) =>
        html`<li class=${finding.severity} data-code=${finding.code}>
          ${renderFindingText(finding)} ${renderFindingDetails(finding)}
        </li>`,
    )}
  </ul>`;
}
