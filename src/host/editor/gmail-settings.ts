// "Use Gmail's settings": Protocol IMAP, imap.gmail.com, port 993, SSL on (docs/google.md "IMAP and
// POP": Gmail's POP is off until the mailbox owner enables it; IMAP is always on).
import { type EditorExtras, sslState, writeField } from './fields.js';

export const GMAIL_IMAP = {
  protocol: 'imap',
  server: 'imap.gmail.com',
  port: '993',
  ssl: true,
} as const;

/**
 * Writes Gmail's IMAP settings into the editor as an admin's input would be seen. The editor
 * resets the port whenever Protocol or SSL changes (docs/host.md §4), so Protocol goes first, then
 * the SSL switch (an image toggle: a click), then the server, and the port last so it sticks.
 * Returns false when the editor has no server field (nothing is written then).
 */
export function applyGmailSettings(extras: EditorExtras): boolean {
  const { protocol, server, port, sslSwitch } = extras;
  if (!server) return false;
  if (protocol && protocol.value !== GMAIL_IMAP.protocol) {
    const option = [...protocol.options].find((o) => o.value === GMAIL_IMAP.protocol);
    if (option) {
      protocol.value = GMAIL_IMAP.protocol;
      protocol.dispatchEvent(new Event('input', { bubbles: true }));
      protocol.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  if (sslSwitch && sslState(sslSwitch) === false) sslSwitch.click();
  writeField(server, GMAIL_IMAP.server);
  if (port) writeField(port, GMAIL_IMAP.port);
  return true;
}
