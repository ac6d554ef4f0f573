import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../../rules/finding.js';
import { SEVERITY_LABEL } from '../strings.js';

/**
 * One finding as text: its severity in words (never colour alone), what is wrong, what to do.
 * Text bindings only, so a finding can never inject markup.
 */
export function renderFindingText(finding: Finding): TemplateResult {
  // The spaces are inside one template: an accessible name joins inline elements only where
  // the text has a space, and "wrong.Do this" reads badly.
  return html`<span class="sev ${finding.severity}">${SEVERITY_LABEL[finding.severity]}</span>
    <span part="message">${finding.message}</span> <span part="fix">${finding.fix}</span>`;
}

/** A plain list of findings, worst first (the caller sorts). */
export function renderFindingList(findings: readonly Finding[]): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<ul class="finding-list" part="findings">
    ${findings.map(
      (finding) =>
        html`<li class=${finding.severity} data-code=${finding.code}>
          ${renderFindingText(finding)}
        </li>`,
    )}
  </ul>`;
}
