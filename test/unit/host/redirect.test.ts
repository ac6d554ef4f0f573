import { describe, expect, it } from 'vitest';
import { readRedirectFacts } from '../../../src/host/editor/redirect.js';

/** A window-like object: readRedirectFacts only reads location, Tp and appHostAndPath. */
function pageAt(href: string, globals: Record<string, unknown> = {}): Window {
  return { location: new URL(href), ...globals } as unknown as Window;
}

/** An ExtJS-like Tp.WebServiceURL as docs/host.md §5 describes: app path + path + acid. */
function webServiceUrl(appPath: string, acid: string | null) {
  return class {
    constructor(private readonly path: string) {}
    toString() {
      return `${appPath}${this.path}${acid ? `?acid=${acid}` : ''}`;
    }
  };
}

describe('readRedirectFacts: the four URL shapes of docs/host.md §5', () => {
  const cases: [string, string, string][] = [
    [
      'https://acme.tpondemand.com/Admin/EditProfileExt.aspx?PluginName=Project%20Email%20Integration',
      'https://acme.tpondemand.com/Admin/Plugins.aspx',
      '',
    ],
    [
      'https://acme.tpondemand.com/Admin/EditProfileExt.aspx?acid=ABC&PluginName=x',
      'https://acme.tpondemand.com/Admin/Plugins.aspx?acid=ABC',
      'ABC',
    ],
    [
      'https://tp.example.com/TargetProcess/Admin/EditProfileExt.aspx?PluginName=x',
      'https://tp.example.com/TargetProcess/Admin/Plugins.aspx',
      '',
    ],
    [
      'https://tp.example.com/TargetProcess/Admin/EditProfileExt.aspx?PluginName=x&acid=ABC',
      'https://tp.example.com/TargetProcess/Admin/Plugins.aspx?acid=ABC',
      'ABC',
    ],
  ];

  it.each(cases)('from the page URL alone: %s', (href, uri, acid) => {
    expect(readRedirectFacts(pageAt(href))).toEqual({ uri, acid, source: 'location' });
  });

  it.each(cases)('from Tp.WebServiceURL: %s', (href, uri, acid) => {
    const appPath = new URL(href).pathname.replace(/\/Admin\/.*$/, '');
    const Tp = { WebServiceURL: webServiceUrl(appPath, acid || null) };
    expect(readRedirectFacts(pageAt(href, { Tp }))).toEqual({
      uri,
      acid,
      source: 'Tp.WebServiceURL',
    });
  });

  it.each(cases)('from appHostAndPath: %s', (href, uri, acid) => {
    const url = new URL(href);
    const appHostAndPath = `${url.origin}${url.pathname.replace(/\/Admin\/.*$/, '')}`;
    expect(readRedirectFacts(pageAt(href, { appHostAndPath }))).toEqual({
      uri,
      acid,
      source: 'appHostAndPath',
    });
  });
});

describe('readRedirectFacts: the page decides protocol and host', () => {
  it('keeps the page origin when Tp.WebServiceURL gives an absolute internal host', () => {
    const Tp = {
      WebServiceURL: class {
        toString() {
          return 'http://internal-tp:8080/TargetProcess/Admin/Plugins.aspx';
        }
      },
    };
    const facts = readRedirectFacts(
      pageAt('https://tp.example.com/TargetProcess/Admin/EditProfileExt.aspx', { Tp }),
    );
    expect(facts.uri).toBe('https://tp.example.com/TargetProcess/Admin/Plugins.aspx');
  });

  it('keeps a non-default port', () => {
    const facts = readRedirectFacts(pageAt('https://localhost:8443/Admin/EditProfileExt.aspx'));
    expect(facts.uri).toBe('https://localhost:8443/Admin/Plugins.aspx');
  });

  it('copies the acid raw, as the editor does', () => {
    const facts = readRedirectFacts(
      pageAt('https://a.tpondemand.com/Admin/EditProfileExt.aspx?acid=A%2FB'),
    );
    expect(facts).toMatchObject({
      uri: 'https://a.tpondemand.com/Admin/Plugins.aspx?acid=A%2FB',
      acid: 'A%2FB',
    });
  });

  it('falls back to the page URL when Tp.WebServiceURL throws or is not a constructor', () => {
    const throwing = {
      WebServiceURL: class {
        constructor() {
          throw new Error('boom');
        }
      },
    };
    const href = 'https://tp.example.com/TP/Admin/EditProfileExt.aspx';
    expect(readRedirectFacts(pageAt(href, { Tp: throwing })).source).toBe('location');
    expect(readRedirectFacts(pageAt(href, { Tp: { WebServiceURL: 'nope' } })).uri).toBe(
      'https://tp.example.com/TP/Admin/Plugins.aspx',
    );
  });

  it('ignores an empty appHostAndPath', () => {
    const facts = readRedirectFacts(
      pageAt('https://x.tpondemand.com/Admin/EditProfileExt.aspx', { appHostAndPath: '' }),
    );
    expect(facts).toMatchObject({
      uri: 'https://x.tpondemand.com/Admin/Plugins.aspx',
      source: 'location',
    });
  });
});
