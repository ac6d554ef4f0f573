import { LitElement, css, html, nothing } from 'lit';
import { fileFacts, type FileFacts } from '../rules/setup-state.js';
import {
  MAX_CREDENTIALS_FILE_CHARS,
  checkCredentialsFile,
  type CredentialsReport,
} from '../rules/credentials-file.js';
import type { Finding } from '../rules/finding.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { maskSecret } from './internal/mask.js';
import { renderFindingList, renderFindingText } from './internal/render-finding.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { credentialsImport as t } from './import-strings.js';
import { DETAILS } from './strings.js';

/**
 * Reads Google's downloaded `client_secret_*.json` (pasted, chosen or dropped anywhere on it)
 * and says briefly what it is: the client type and ID, whether it lists this account's redirect
 * URI, and the worst problem; the rest (masked secret, project, the URIs, other notes) waits
 * behind "Details". It offers to fill the Client ID and secret.
 *
 * Secrets: the values leave only in `tpgo-credentials`; the report shows the secret masked
 * (`GOCSPX-…abcd`), a chosen file's text is never put in the DOM, and filling clears the pasted
 * text. `tpgo-credentials-read` carries the file's facts (`fileFacts` from the setup state),
 * never its secret. Nothing is logged or stored.
 *
 * Filling is offered only for a Web application client (`web`) with a client ID: a Desktop
 * client (`installed`) cannot register Targetprocess's redirect URI, so filling it in would
 * only move the failure to Sign in.
 *
 * @fires tpgo-credentials - The admin chose to fill the fields. detail: `{ clientId, clientSecret? }`.
 * @fires tpgo-credentials-read - The admin pasted, chose, dropped or cleared a file.
 *   detail: `{ facts }`, the file's `FileFacts`, or null when there is no credentials file
 *   (cleared, empty, or not one). Not fired when `redirectUri` is set by code: read `facts`.
 * @csspart base - The wrapper, where a file can be dropped (also `dropzone`).
 * @csspart textarea - The paste box.
 * @csspart report - What the file says.
 * @csspart finding - The worst problem in the file.
 * @csspart findings - The other findings, in the details.
 * @csspart fill - The "Fill Client ID and secret" button.
 * @csspart status - Notices (file too big, filled).
 * @cssprop --tpgo-color-dropzone-active - The background while a file is dragged over it.
 */
export class TpgoCredentialsImport extends LitElement {
  static override properties = {
    redirectUri: { attribute: 'redirect-uri' },
    report: { state: true },
    notice: { state: true },
    dragging: { state: true },
  };

  static override styles = [
    baseStyles,
    blockStyles,
    css`
      [part~='base'] {
        border-radius: var(--tpgo-radius, 3px);
      }
      [part~='base'].dragging {
        background: var(--tpgo-color-dropzone-active, #e8f0fa);
        outline: 2px dashed var(--tpgo-color-link, #2b66a8);
      }
      label {
        display: block;
        margin-bottom: 2px;
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, monospace);
        font-size: inherit;
        color: inherit;
        padding: 4px 6px;
        border: 1px solid var(--tpgo-color-border, #c9ced6);
        border-radius: var(--tpgo-radius, 3px);
      }
      .choose {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 8px;
      }
      .choose label {
        display: inline;
        margin: 0;
      }
      [part='status']:empty {
        display: none;
      }
      .report {
        margin-top: 6px;
        /* A Client ID and the redirect URIs are long unbroken words in a narrow column. */
        overflow-wrap: anywhere;
      }
      .report ul.plain {
        margin: 2px 0;
        padding-left: 1.4em;
      }
      details > :not(summary) {
        margin-left: 1em;
      }
      code {
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, monospace);
        word-break: break-all;
      }
      .actions {
        margin-top: 4px;
        display: flex;
        gap: 6px;
        flex-wrap: wrap;
        align-items: center;
      }
    `,
  ];

  /** This account's redirect URI, to compare with the URIs registered in the file. */
  redirectUri = '';

  private report?: CredentialsReport;
  private notice = '';
  private dragging = false;

  private get textarea() {
    return this.renderRoot.querySelector('textarea') as HTMLTextAreaElement;
  }
  private get fileInput() {
    return this.renderRoot.querySelector('input[type="file"]') as HTMLInputElement;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The comparison with this account's URI is part of the report: redo it.
    if (changed.has('redirectUri') && this.report && this.lastText !== undefined) {
      this.report = this.check(this.lastText);
    }
  }

  // The last text checked, kept only until the admin fills or clears; never rendered.
  private lastText?: string;

  /** What the file read last says, as the setup state takes it; null when there is none. */
  get facts(): FileFacts | null {
    return this.report?.type ? fileFacts(this.report, this.redirectUri) : null;
  }

  override render() {
    return html`<div
      part="base dropzone"
      class=${this.dragging ? 'dragging' : ''}
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      <label for="paste">${t.pasteLabel}</label>
      <textarea
        id="paste"
        part="textarea"
        rows="2"
        spellcheck="false"
        autocomplete="off"
        @input=${this.onInput}
      ></textarea>
      <div class="choose">
        <label for="file">${t.chooseLabel}</label>
        <input id="file" type="file" accept=".json,application/json" @change=${this.onChoose} />
        <span class="muted">${t.dropHint}</span>
      </div>
      <p part="status" role="status">${this.notice}</p>
      ${this.report ? this.renderReport(this.report) : nothing}
    </div>`;
  }

  private renderReport(report: CredentialsReport) {
    const scrub = (text: string) =>
      report.clientSecret
        ? text.split(report.clientSecret).join(maskSecret(report.clientSecret))
        : text;
    const findings: Finding[] = report.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      message: scrub(finding.message),
      fix: scrub(finding.fix),
    }));
    // A note ("the URI is registered") is not a problem: the redirect line already says it.
    const worst = findings[0]?.severity === 'info' ? undefined : findings[0];
    const rest = findings.filter((finding) => finding !== worst);
    const facts = this.facts;
    const canFill = report.type === 'web' && !!report.clientId;
    const why = report.type === 'web' && !report.clientId ? t.fillDisabledNoId : '';
    const describedBy = why ? 'fill-why' : !canFill && worst ? 'worst' : '';
    return html`<section part="report" class="report" aria-label=${t.report}>
      <p class="type">
        <strong>${t.type[report.type ?? '']}</strong>${
          report.clientId ? html`, ${t.clientId(report.clientId)}` : nothing
        }
      </p>
      ${
        report.type === 'web' && facts
          ? html`<p class="redirect" data-redirect=${facts.redirect}>
              ${t.redirect[facts.redirect]}
            </p>`
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
        ${report.type === 'web' ? this.renderRedirects(report.redirectUris) : nothing}
        ${renderFindingList(rest)}
      </details>
      <div class="actions">
        <button
          type="button"
          part="fill"
          ?disabled=${!canFill}
          aria-describedby=${describedBy || nothing}
          @click=${this.fill}
        >
          ${t.fill}
        </button>
        <button type="button" part="clear" @click=${this.clear}>${t.clear}</button>
        ${why ? html`<span id="fill-why" class="muted">${why}</span>` : nothing}
      </div>
    </section>`;
  }

  private renderRedirects(uris: readonly string[]) {
    return html`${
      uris.length === 0
        ? nothing
        : html`<p>${t.redirectsTitle}</p>
            <ul class="plain redirects">
              ${uris.map((uri) => {
                const match = this.redirectUri !== '' && uri === this.redirectUri;
                return html`<li class=${match ? 'match' : 'no-match'}>
                  <code>${uri}</code>${match ? html` (${t.redirectMatch})` : nothing}
                </li>`;
              })}
            </ul>`
    }
    ${this.redirectUri ? html`<p>${t.thisAccount(this.redirectUri)}</p>` : nothing}`;
  }

  private check(text: string): CredentialsReport {
    return checkCredentialsFile(
      text,
      this.redirectUri ? { redirectUri: this.redirectUri } : undefined,
    );
  }

  private show(text: string): void {
    this.notice = '';
    this.lastText = text;
    this.report = text.trim() === '' ? undefined : this.check(text);
    emit(this, 'tpgo-credentials-read', { facts: this.facts });
  }

  private onInput(): void {
    // A chosen file no longer applies once the admin types.
    this.fileInput.value = '';
    this.show(this.textarea.value);
  }

  private onChoose(): void {
    const file = this.fileInput.files?.[0];
    if (file) void this.readFile(file);
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDragLeave(): void {
    this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const files = event.dataTransfer?.files;
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      this.forget();
      this.notice = t.notAFile;
      return;
    }
    void this.readFile(files[0]!);
  }

  /** Reads a file the admin gave; refuses one too big to be a credentials file unread. */
  async readFile(file: File): Promise<void> {
    this.textarea.value = '';
    if (file.size > MAX_CREDENTIALS_FILE_CHARS) {
      this.forget();
      this.notice = t.tooBig(file.size, MAX_CREDENTIALS_FILE_CHARS);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.forget();
      this.notice = t.readFailed;
      return;
    }
    this.show(text);
  }

  private fill(): void {
    const report = this.report;
    if (!report || report.type !== 'web' || !report.clientId) return;
    const detail: { clientId: string; clientSecret?: string } = { clientId: report.clientId };
    if (report.clientSecret) detail.clientSecret = report.clientSecret;
    // The pasted text goes (it holds the secret); the report stays, so a warning about the
    // file's redirect URI is still there to act on.
    this.textarea.value = '';
    emit(this, 'tpgo-credentials', detail);
    this.notice = t.filled;
  }

  private clear(): void {
    this.forget();
    this.textarea.focus();
  }

  /** Forgets the file at the admin's request; says so when there was one. */
  private forget(): void {
    const had = this.report !== undefined;
    this.reset();
    if (had) emit(this, 'tpgo-credentials-read', { facts: null });
  }

  /** Forgets the pasted text, the chosen file and the report. */
  private reset(): void {
    this.textarea.value = '';
    this.fileInput.value = '';
    this.lastText = undefined;
    this.report = undefined;
    this.notice = '';
  }
}

define('tpgo-credentials-import', TpgoCredentialsImport, [
  'onInput',
  'onChoose',
  'onDragOver',
  'onDragLeave',
  'onDrop',
  'readFile',
  'fill',
  'clear',
]);

declare global {
  interface HTMLElementTagNameMap {
    'tpgo-credentials-import': TpgoCredentialsImport;
  }
}
