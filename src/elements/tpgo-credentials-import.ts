import { LitElement, css, html, nothing } from 'lit';
import {
  MAX_CREDENTIALS_FILE_CHARS,
  checkCredentialsFile,
  type CredentialsReport,
  type Finding,
} from '../rules/index.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { maskSecret } from './internal/mask.js';
import { renderFindingList } from './internal/render-finding.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { credentialsImport as t } from './strings.js';

/**
 * Reads Google's downloaded `client_secret_*.json` (pasted, chosen or dropped), shows what the
 * rules make of it (client type, findings, its redirect URIs against this account's) and offers
 * to fill the Client ID and secret.
 *
 * Secrets: the values leave only in `tpgo-credentials`; the report shows the secret masked
 * (`GOCSPX-…abcd`), a chosen file's text is never put in the DOM, and after filling the pasted
 * text and the report are cleared. Nothing is logged or stored.
 *
 * Filling is offered only for a Web application client (`web`) with a client ID: a Desktop
 * client (`installed`) cannot register Targetprocess's redirect URI, so filling it in would
 * only move the failure to Sign in.
 *
 * @fires tpgo-credentials - The admin chose to fill the fields. detail: `{ clientId, clientSecret? }`.
 * @fires tpgo-credentials-read - The admin pasted, chose or dropped a file and it was checked.
 *   detail: `{ type }`, the client type found ('web', 'installed', or '' when none); no values.
 * @csspart base - The wrapper.
 * @csspart textarea - The paste box.
 * @csspart dropzone - The area a file can be dropped on (holds the file chooser).
 * @csspart report - What the file says.
 * @csspart findings - The list of findings.
 * @csspart fill - The "Fill Client ID and secret" button.
 * @csspart status - Notices (file too big, filled).
 * @cssprop --tpgo-color-dropzone - The drop zone's border colour.
 * @cssprop --tpgo-color-dropzone-active - The drop zone's background while a file is over it.
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
      h3 {
        font-size: 1em;
        margin: 0 0 4px;
      }
      p {
        margin: 4px 0;
      }
      label {
        display: block;
        font-weight: 600;
        margin: 6px 0 2px;
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        min-height: 5em;
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, monospace);
        font-size: inherit;
        border: 1px solid var(--tpgo-color-border, #8a8a8a);
        border-radius: var(--tpgo-radius, 3px);
      }
      .dropzone {
        margin-top: 6px;
        padding: 8px;
        border: 2px dashed var(--tpgo-color-dropzone, #9e9e9e);
        border-radius: var(--tpgo-radius, 3px);
      }
      .dropzone.dragging {
        background: var(--tpgo-color-dropzone-active, #e3f2fd);
        border-color: var(--tpgo-color-link, #1565c0);
      }
      .dropzone label {
        margin-top: 0;
      }
      .report {
        margin-top: 8px;
        padding: 6px 8px;
        border-left: 3px solid var(--tpgo-color-border, #d0d0d0);
      }
      .report ul.plain {
        margin: 2px 0;
        padding-left: 1.4em;
      }
      code {
        font-family: var(--tpgo-font-family-mono, ui-monospace, Consolas, monospace);
        word-break: break-all;
      }
      .actions {
        margin-top: 6px;
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

  override render() {
    return html`<div part="base">
      <h3>${t.title}</h3>
      <p class="muted">${t.intro}</p>
      <label for="paste">${t.pasteLabel}</label>
      <textarea
        id="paste"
        part="textarea"
        spellcheck="false"
        autocomplete="off"
        @input=${this.onInput}
      ></textarea>
      <div
        part="dropzone"
        class="dropzone ${this.dragging ? 'dragging' : ''}"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <label for="file">${t.chooseLabel}</label>
        <input id="file" type="file" accept=".json,application/json" @change=${this.onChoose} />
        <p class="muted">${t.dropZone}</p>
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
    const canFill = report.type === 'web' && !!report.clientId;
    const why =
      report.type === 'installed'
        ? t.fillDisabledInstalled
        : report.type === 'web' && !report.clientId
          ? t.fillDisabledNoId
          : '';
    return html`<section part="report" class="report" aria-label=${t.findingsTitle}>
      <p class="type">
        ${
          report.type === 'web'
            ? t.typeWeb
            : report.type === 'installed'
              ? t.typeInstalled
              : t.typeUnknown
        }
      </p>
      ${report.clientId ? html`<p>${t.clientId(report.clientId)}</p>` : nothing}
      ${
        report.type
          ? html`<p class="secret">
              ${report.clientSecret ? t.secretMasked(maskSecret(report.clientSecret)) : t.secretMissing}
            </p>`
          : nothing
      }
      ${report.projectId ? html`<p>${t.project(report.projectId)}</p>` : nothing}
      ${report.type === 'web' ? this.renderRedirects(report.redirectUris) : nothing}
      ${renderFindingList(findings)}
      <div class="actions">
        <button
          type="button"
          part="fill"
          ?disabled=${!canFill}
          aria-describedby=${why ? 'fill-why' : nothing}
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
    return html`<p>${t.redirectsTitle}:</p>
      ${
        uris.length === 0
          ? html`<p class="muted">${t.redirectsNone}</p>`
          : html`<ul class="plain redirects">
              ${uris.map((uri) => {
                const match = this.redirectUri !== '' && uri === this.redirectUri;
                return html`<li class=${match ? 'match' : 'no-match'}>
                  <code>${uri}</code> (${
                    match ? t.redirectMatch : this.redirectUri ? t.redirectNoMatch : ''
                  })
                </li>`;
              })}
            </ul>`
      }
      ${this.redirectUri ? html`<p class="muted">${t.thisAccount(this.redirectUri)}</p>` : nothing}`;
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
    emit(this, 'tpgo-credentials-read', { type: this.report?.type ?? '' });
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
      this.reset();
      this.notice = t.notAFile;
      return;
    }
    void this.readFile(files[0]!);
  }

  /** Reads a file the admin gave; refuses one too big to be a credentials file unread. */
  async readFile(file: File): Promise<void> {
    this.textarea.value = '';
    if (file.size > MAX_CREDENTIALS_FILE_CHARS) {
      this.reset();
      this.notice = t.tooBig(file.size, MAX_CREDENTIALS_FILE_CHARS);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.reset();
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
    this.reset();
    emit(this, 'tpgo-credentials', detail);
    this.notice = t.filled;
  }

  private clear(): void {
    this.reset();
    this.textarea.focus();
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
