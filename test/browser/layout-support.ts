// The profile editor's markup as the replica renders it (test/replica/public/editor.js, the parts
// the help reads), with parts left out on request: a page missing fields.
import { Decorations } from '../../src/host/editor/decorations.js';
import { findEditor, findExtras } from '../../src/host/editor/fields.js';
import type { Place } from '../../src/host/editor/layout.js';

export interface Missing {
  password?: boolean;
  server?: boolean;
  saveAndCancel?: boolean;
  captions?: boolean;
}

export function replicaEditor(missing: Missing = {}): HTMLElement {
  const root = document.createElement('div');
  const caption = (field: string, text: string) =>
    missing.captions
      ? ''
      : `<p class="label pt-10">${text}&nbsp;<span class="error" name="${field}ErrorLabel"></span></p><p></p>`;
  root.innerHTML = `<form method="POST"><div class="base-block"><div class="pad-box">
    <input id="Name" name="Name" type="text" class="input" value="gmail">
    <div class="controls-group main-controls left">
      <input id="SignIn" name="SignIn" type="button" class="tau-btn tau-btn-big input" value="Sign in">
      <select id="authDropDown" class="select" name="AuthenticationType">
        <option value="">Login &amp; Password</option>
        <option value="1" url="https://accounts.google.com" scope="email">Google OAuth</option>
      </select></div></div>
    <div class="pad-box"><table class="email-settings"><tbody>
      <tr><td><p class="label">Protocol</p></td>
      <td><p class="label">Server&nbsp;<span class="error" name="MailServerErrorLabel"></span></p></td>
      <td><p class="label">Port</p></td><td><p class="label">SSL Mode</p></td></tr>
      <tr><td><select id="Protocol" name="Protocol"><option value="pop3">POP3</option><option value="imap">IMAP</option></select></td>
      <td>${missing.server ? '' : '<input id="MailServer" name="MailServer" type="text">'}</td>
      <td><input id="Port" name="Port" type="text"></td><td><div id="switch" class="switch"></div></td></tr>
    </tbody></table></div>
    <div class="pad-box">
      ${caption('Login', 'Login')}
      <input id="Login" name="Login" type="text" class="input">&nbsp;&nbsp;&nbsp;<span>me@example.com</span>
      ${caption('Password', 'Password')}
      ${missing.password ? '' : '<input id="Password" type="password" name="Password" class="input">'}
      <div class="check-block"><p class="message-ok" id="successfulConnection"></p>
      <p class="error-message" id="failedConnection"></p></div>
    </div></div>
    <div class="controls-block"><div class="main-controls left">
      ${missing.saveAndCancel ? '' : '<a id="save" href="javascript:void(0);">Save</a><a id="cancel" href="javascript:void(0);">Back to plugins</a>'}
    </div></div></form>`;
  root.querySelector<HTMLSelectElement>('#authDropDown')!.value = '1';
  document.body.append(root);
  return root;
}

/** What layout.ts is handed for the editor in the document. */
export function placeIn(doc: Document): Place {
  const fields = findEditor(doc);
  if (!fields) throw new Error('no editor in the document');
  return { doc, marks: new Decorations(doc), fields, extras: findExtras(doc) };
}
