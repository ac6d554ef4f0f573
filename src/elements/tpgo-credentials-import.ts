import { LitElement, css, html, nothing } from 'lit';
import { MAX_CREDENTIALS_FILE_CHARS, type CredentialsReport } from '../rules/credentials-file.js';
import type { FileFacts } from '../rules/setup-types.js';
import { define } from './internal/define.js';
import { emit } from './internal/events.js';
import { canFill, renderReport } from './internal/import-report.js';
import { baseStyles, blockStyles } from './internal/styles.js';
import { credentialsImport as t } from './import-strings.js';

/**
 * Takes Google's downloaded `client_secret_*.json` (pasted, chosen or dropped anywhere on it)
 * and shows the host's report of it: the client type and ID, whether it lists this account's
 * redirect URI, and the worst problem; the rest (masked secret, project, the URIs, other notes)
 * waits behind "Details". It offers to fill the Client ID and secret.
 *
 * The file rules are not run here: the element hands the file's text to the host
 * (`tpgo-credentials-text`), which sets `report` (its `checkCredentialsFile`) and
 * `fileRedirect`; in the editor they come from the one view (apply-view.ts).
 *
 * Secrets: the text and the values leave only in events heard on the element itself; the
 * report shows the secret masked (`GOCSPX-…abcd`), a chosen file's text is never put in the
 * DOM, and filling clears the pasted text. Nothing is logged or stored.
 *
 * Filling is offered only for a Web application client (`web`) with a client ID: a Desktop
 * client (`installed`) cannot register Targetprocess's redirect URI, so filling it in would
 * only move the failure to Sign in.
 *
 * @fires tpgo-credentials - The admin chose to fill the fields. detail: `{ clientId, clientSecret? }`.
 * @fires tpgo-credentials-text - The admin pasted, chose, dropped or cleared a file.
 *   detail: `{ text }`, '' once cleared. Heard on the element only: the text holds the secret.
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
    report: { attribute: false },
    fileRedirect: { attribute: false },
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

  /** This account's redirect URI, shown beside the URIs registered in the file. */
  redirectUri = '';

  /** The host's report of the text last given (`checkCredentialsFile`); null for none. */
  report: CredentialsReport | null = null;

  /** Whether the file lists this account's redirect URI, as the host judged it. */
  fileRedirect: FileFacts['redirect'] | null = null;

  private notice = '';
  private dragging = false;

  private get textarea() {
    return this.renderRoot.querySelector('textarea') as HTMLTextAreaElement;
  }
  private get fileInput() {
    return this.renderRoot.querySelector('input[type="file"]') as HTMLInputElement;
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
      ${
        this.report
          ? renderReport({
              report: this.report,
              redirect: this.fileRedirect,
              redirectUri: this.redirectUri,
              fill: () => this.fill(),
              clear: () => this.clear(),
            })
          : nothing
      }
    </div>`;
  }

  /** Hands the text to the host, whose report comes back as `report`. */
  private show(text: string): void {
    this.notice = '';
    emit(this, 'tpgo-credentials-text', { text });
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
    if (!report?.clientId || !canFill(report)) return;
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

  /** Forgets the pasted text and the chosen file; the host forgets the report. */
  private forget(): void {
    this.textarea.value = '';
    this.fileInput.value = '';
    this.notice = '';
    if (this.report) emit(this, 'tpgo-credentials-text', { text: '' });
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
