// How the loader and the editor chunk tell pages apart: sure signs from the address and the
// placeholder, a cheap look for the editor's fields, and the sign-in popup left alone.
import { describe, expect, it } from 'vitest';
import * as pages from '../../../src/host/pages.js';
import * as selectors from '../../../src/host/editor/selectors.js';
import { isEditorAddress } from '../../../src/host/editor/index.js';

const at = (url: string, opener: unknown = null) => {
  const { pathname, search } = new URL(url, 'https://acme.tpondemand.com');
  return { location: { pathname, search }, opener } as unknown as Window;
};

describe('the page signs', () => {
  it('the loader and the editor chunk hold the same editor facts', () => {
    expect(pages.EDITOR_PAGE.source).toBe(selectors.EDITOR_PAGE.source);
    expect(pages.EDITOR_PAGE.flags).toBe(selectors.EDITOR_PAGE.flags);
    expect(pages.EDITOR_PLACEHOLDER).toBe(selectors.EDITOR_PLACEHOLDER);
  });

  it('the Email Integration editor address: its path with its plugin or its placeholder', () => {
    const editor = '/TargetProcess/Admin/EditProfileExt.aspx';
    expect(isEditorAddress(at(`${editor}?PluginName=Project%20Email%20Integration`).location)).toBe(
      true,
    );
    expect(
      isEditorAddress(
        at(`/admin/editprofileext.aspx?acid=1&Placeholders=ProfileEditorProjectEmailIntegration`)
          .location,
      ),
    ).toBe(true);
    expect(isEditorAddress(at(`${editor}?PluginName=Bugzilla`).location)).toBe(false);
    expect(isEditorAddress(at(`${editor}`).location)).toBe(false);
    expect(
      isEditorAddress(at('/Admin/Plugins.aspx?PluginName=Project%20Email%20Integration').location),
    ).toBe(false);
  });

  it('the Plugins page by placeholder or path; the sign-in popup on it, where nothing runs', () => {
    expect(pages.isPluginsPage(at('/Admin/Plugins.aspx'), 'footerPlaceholder')).toBe(true);
    expect(pages.isPluginsPage(at('/x/Default.aspx'), 'ADMIN_PLUGINS')).toBe(true);
    expect(pages.isPluginsPage(at('/Admin/EditProfileExt.aspx'), 'footerPlaceholder')).toBe(false);
    expect(pages.isSignInPopup(at('/Admin/Plugins.aspx?code=4/abc&state=x'))).toBe(true);
    expect(pages.isSignInPopup(at('/Admin/Plugins.aspx?error=access_denied'))).toBe(true);
    expect(pages.isSignInPopup(at('/Admin/Plugins.aspx', {}))).toBe(true);
    expect(pages.isSignInPopup(at('/Admin/Plugins.aspx'))).toBe(false);
    // An opener elsewhere (the editor opened in a new window) is not the popup.
    expect(pages.isSignInPopup(at('/Admin/EditProfileExt.aspx', {}))).toBe(false);
  });

  it('the cheap look wants the method selector and a Login or Password', () => {
    const doc = (ids: string[]) =>
      ({ getElementById: (id: string) => (ids.includes(id) ? {} : null) }) as unknown as Document;
    expect(pages.hasEditorFields(doc(['authDropDown', 'Login']))).toBe(true);
    expect(pages.hasEditorFields(doc(['authDropDown', 'Password']))).toBe(true);
    expect(pages.hasEditorFields(doc(['authDropDown']))).toBe(false);
    expect(pages.hasEditorFields(doc(['Login', 'Password']))).toBe(false);
  });
});

describe('where the split install loads from (issue 22)', () => {
  const loc = (href: string) => {
    const url = new URL(href);
    return { href: url.href, origin: url.origin } as unknown as Location;
  };
  const page = loc('https://acme.tpondemand.com/Admin/EditProfileExt.aspx?x=1');
  const ours = 'https://acme.tpondemand.com/JavaScript/Mashups/google-oauth-assistant/';

  it('a folder on the page origin, absolute or relative, normalised', () => {
    expect(pages.ownFolder(ours, page)).toBe(ours);
    expect(pages.ownFolder('/JavaScript/Mashups/google-oauth-assistant/', page)).toBe(ours);
    expect(pages.ownFolder('/JavaScript/x/../Mashups/google-oauth-assistant/', page)).toBe(ours);
    expect(pages.ownFolder('/', page)).toBe('https://acme.tpondemand.com/');
  });

  it('anything else is no folder', () => {
    for (const other of [
      'https://other.example/JavaScript/Mashups/google-oauth-assistant/',
      '//other.example/x/',
      'http://acme.tpondemand.com/x/',
      'https://acme.tpondemand.com:8443/x/',
      'https://acme.tpondemand.com.other.example/x/',
      'https://acme.tpondemand.com@other.example/x/',
      'data:text/javascript,alert(1)//',
      'javascript:alert(1)//',
      'blob:https://acme.tpondemand.com/1234/',
    ]) {
      expect(pages.ownFolder(other, page), other).toBe('');
    }
    // A page of an opaque origin ("null") has no folder at all.
    expect(pages.ownFolder('data:x/', loc('data:text/html,x'))).toBe('');
  });

  it('our chunk files: a known name, in our folder, once the folder is known', () => {
    const file = (name: string) => `chunks/${name}.js`;
    const names = 'diagnosis editor import';
    expect(pages.isOurChunk(`${ours}chunks/editor.js`, ours, names, file)).toBe(true);
    expect(pages.isOurChunk(`${ours}chunks/import.js`, ours, names, file)).toBe(true);
    for (const url of [
      `${ours}chunks/other.js`,
      `${ours}chunks/editor.js?x`,
      `${ours}chunks/edit.js`,
      `${ours}google-oauth-assistant.js`,
      'https://other.example/x.js',
      `https://other.example/JavaScript/Mashups/google-oauth-assistant/chunks/editor.js`,
      'chunks/editor.js',
    ]) {
      expect(pages.isOurChunk(url, ours, names, file), url).toBe(false);
    }
    expect(pages.isOurChunk('chunks/editor.js', '', names, file)).toBe(false);
  });
});
