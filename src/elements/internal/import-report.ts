import { html, nothing, type TemplateResult } from 'lit';
import type { CredentialsReport } from '../../rules/credentials-file.js';
import type { Finding } from '../../rules/finding.js';
import type { FileFacts } from '../../rules/setup-types.js';
import { credentialsImport as t } from '../import-strings.js';
import { DETAILS } from '../strings.js';
import { maskSecret } from './mask.js';
import { renderFindingList, renderFindingText } from './render-finding.js';

/** What the import's report shows: the host's report of the file, as the view gave it. */
export interface ReportShown {
  readonly report: CredentialsReport;
  /** Whether the file lists this account's redirect URI (null: not said). */
  readonly redirect: FileFacts['redirect'] | null;
  /** This account's redirect URI ('' while unknown). */
  readonly redirectUri: string;
  readonly fill: () => void;
  readonly clear: () => void;
}

/** Whether the report's file can fill the fields: a Web application client with an ID. */
export const canFill = (report: CredentialsReport): boolean =>
  report.type === 'web' && !!report.clientId;

/** The report's findings with the secret masked wherever a rule quoted it. */
function scrubbed(report: CredentialsReport): Finding[] {
  const secret = report.clientSecret;
  const scrub = (text: string) => (secret ? text.split(secret).join(maskSecret(secret)) : text);
  return report.findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    message: scrub(finding.message),
    fix: scrub(finding.fix),
  }));
}

/**
 * Brief: the client type and ID, whether this account's redirect URI is listed, and the worst
 * problem; the rest (masked secret, project, the URIs, other notes) behind "Details".
 */
export function renderReport(s: ReportShown): TemplateResult {
  const { report } = s;
  const findings = scrubbed(report);
  // A note ("the URI is registered") is not a problem: the redirect line already says it.
  const worst = findings[0]?.severity === 'info' ? undefined : findings[0];
  const rest = findings.filter((finding) => finding !== worst);
  const fillable = canFill(report);
  const why = report.type === 'web' && !report.clientId ? t.fillDisabledNoId : '';
  const describedBy = why ? 'fill-why' : !fillable && worst ? 'worst' : '';
  return html`<section part="report" class="report" aria-label=${t.report}>
    <p class="type">
      <strong>${t.type[report.type ?? '']}</strong>${
        report.clientId ? html`, ${t.clientId(report.clientId)}` : nothing
      }
    </p>
    ${
      report.type === 'web' && s.redirect
        ? html`<p class="redirect" data-redirect=${s.redirect}>${t.redirect[s.redirect]}</p>`
        : nothing
    }
    ${
      worst
        ? html`<p id="worst" part="finding" class=${worst.severity} data-code=${worst.code}>
            ${renderFindingText(worst)}
          </p>`
        : nothing
    }
    <details>
      <summary>${DETAILS}</summary>
      ${
        report.type
          ? html`<p class="secret">
              ${report.clientSecret ? t.secretMasked(maskSecret(report.clientSecret)) : t.secretMissing}
            </p>`
          : nothing
      }
      ${report.projectId ? html`<p>${t.project(report.projectId)}</p>` : nothing}
      ${report.type === 'web' ? renderRedirects(report.redirectUris, s.redirectUri) : nothing}
      ${renderFindingList(rest)}
    </details>
    <div class="actions">
      <button
        type="button"
        part="fill"
        ?disabled=${!fillable}
        aria-describedby=${describedBy || nothing}
        @click=${s.fill}
      >
        ${t.fill}
      </button>
      <button type="button" part="clear" @click=${s.clear}>${t.clear}</button>
      ${why ? html`<span id="fill-why" class="muted">${why}</span>` : nothing}
    </div>
  </section>`;
}

function renderRedirects(uris: readonly string[], thisUri: string): TemplateResult {
  return html`${
    uris.length === 0
      ? nothing
      : html`<p>${t.redirectsTitle}</p>
          <ul class="plain redirects">
            ${uris.map((uri) => {
              const match = thisUri !== '' && uri === thisUri;
              return html`<li class=${match ? 'match' : 'no-match'}>
                <code>${uri}</code>${match ? html` (${t.redirectMatch})` : nothing}
              </li>`;
            })}
          </ul>`
  }
  ${thisUri ? html`<p>${t.thisAccount(thisUri)}</p>` : nothing}`;
}
