// The redirect URI the profile editor sends, and Google's rules for registering it
// (developers.google.com/identity/protocols/oauth2/web-server, "Redirect URI validation rules").
import { cleanCharacters, codePointLength, findCharIssues } from './characters.js';
import { sortFindings, type Finding } from './finding.js';
import { redirectUriText } from './redirect-messages.js';
import { make, offer } from './shared.js';

export const MAX_REDIRECT_URI_CHARS = 2048;

/**
 * The URI the editor sends as `redirect_uri` (docs/host.md §5): the application root plus
 * `/Admin/Plugins.aspx`, with the page's `acid` carried along when it has one.
 * appRoot like 'https://acme.tpondemand.com' or 'https://tp.example.com/TargetProcess'.
 */
export function redirectUriFor(appRoot: string, acid?: string | null): string {
  let root = typeof appRoot === 'string' ? appRoot.trim() : '';
  const cut = root.search(/[?#]/);
  if (cut >= 0) root = root.slice(0, cut);
  root = root.replace(/\/+$/, '');
  return `${root}/Admin/Plugins.aspx` + (acid ? `?acid=${acid}` : '');
}

// Names that only resolve inside a network; Google wants a TLD on the public suffix list.
const INTERNAL_SUFFIXES = new Set([
  'local',
  'lan',
  'corp',
  'internal',
  'intranet',
  'intra',
  'home',
  'localdomain',
  'domain',
  'private',
  'test',
  'example',
  'invalid',
  'localhost',
  'arpa',
  'lab',
  'dev-local',
]);

// Common public generic TLDs; any two-letter TLD is taken as a country code.
const KNOWN_TLDS = new Set(
  (
    'com org net edu gov mil int info biz name pro aero coop museum mobi asia tel travel jobs cat ' +
    'app dev io ai cloud online site tech store shop blog page link live life world today news ' +
    'email global digital agency company group solutions services systems software network ' +
    'center studio design media social team tools works zone space host website xyz top club ' +
    'one plus inc ltd llc gmbh eu asia africa berlin london paris nyc tokyo moscow amsterdam ' +
    'swiss bayern wien hamburg scot wales quebec nrw ruhr koeln cymru vegas miami boston ' +
    'consulting engineering industries international management partners ventures capital ' +
    'finance financial bank insurance legal law health care clinic hospital school academy ' +
    'education university college institute foundation charity org ngo green eco energy ' +
    'solar auto cars build construction business market marketing sale sales deals support ' +
    'help guide expert academy training events games game chat wiki work pub bar cafe ' +
    'restaurant menu pizza travel tours holiday systems run fit yoga art photo photography ' +
    'pics video film music radio tv fm am audio red blue black pink gold silver land city ' +
    'town country earth land codes computer technology security'
  ).split(/\s+/),
);

const SHORTENERS = new Set([
  'bit.ly',
  'goo.gl',
  'tinyurl.com',
  't.co',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
]);

const FIXABLE = new Set([
  'redirect-uri/whitespace',
  'redirect-uri/invisible-character',
  'redirect-uri/control-character',
  'redirect-uri/look-alike-character',
  'redirect-uri/not-https',
  'redirect-uri/userinfo',
  'redirect-uri/fragment',
]);

function isLoopback(host: string): boolean {
  return host === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

function labelFor(codes: ReadonlySet<string>): string {
  if (codes.size !== 1) return redirectUriText.suggestCorrected;
  const [code] = [...codes];
  switch (code) {
    case 'redirect-uri/not-https':
      return redirectUriText.suggestHttps;
    case 'redirect-uri/userinfo':
      return redirectUriText.suggestWithoutUserinfo;
    case 'redirect-uri/fragment':
      return redirectUriText.suggestWithoutFragment;
    case 'redirect-uri/whitespace':
      return redirectUriText.suggestTrimmed;
    default:
      return redirectUriText.suggestCorrected;
  }
}

function characterChecks(uri: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const issue of findCharIssues(uri)) {
    if (seen.has(issue.kind)) continue;
    seen.add(issue.kind);
    const { position } = issue;
    switch (issue.kind) {
      case 'whitespace':
        findings.push(
          make('redirect-uri/whitespace', 'error', redirectUriText.whitespace(issue), {
            position,
          }),
        );
        break;
      case 'invisible':
      case 'control':
        findings.push(
          make(
            `redirect-uri/${issue.kind}-character`,
            'error',
            redirectUriText.badCharacter(issue),
            {
              position,
            },
          ),
        );
        break;
      case 'look-alike':
        findings.push(
          make('redirect-uri/look-alike-character', 'error', redirectUriText.badCharacter(issue), {
            position,
          }),
        );
        break;
      case 'non-ascii':
        findings.push(
          make('redirect-uri/non-ascii-character', 'warning', redirectUriText.nonAscii(issue), {
            position,
          }),
        );
        break;
    }
  }
  return findings;
}

function check(uri: string, suggest: boolean): Finding[] {
  if (uri.trim() === '') return [make('redirect-uri/empty', 'error', redirectUriText.empty)];
  if (uri.length > MAX_REDIRECT_URI_CHARS) {
    return [make('redirect-uri/too-long', 'error', redirectUriText.tooLong(uri.length))];
  }
  const findings = characterChecks(uri);
  const work = cleanCharacters(uri);

  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(work);
  if (!schemeMatch) {
    const other = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(work);
    findings.push(
      other && !/^[a-z0-9.-]+:\d/i.test(work)
        ? make('redirect-uri/bad-scheme', 'error', redirectUriText.badScheme(other[1]!))
        : make('redirect-uri/no-scheme', 'error', redirectUriText.noScheme),
    );
    return sortFindings(findings);
  }
  const scheme = schemeMatch[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    findings.push(make('redirect-uri/bad-scheme', 'error', redirectUriText.badScheme(scheme)));
    return sortFindings(findings);
  }

  let rest = work.slice(schemeMatch[0].length);
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    findings.push(make('redirect-uri/fragment', 'error', redirectUriText.fragment));
    rest = rest.slice(0, hash);
  }
  const authorityEnd = rest.search(/[/?\\]/);
  let authority = authorityEnd >= 0 ? rest.slice(0, authorityEnd) : rest;
  const pathAndQuery = authorityEnd >= 0 ? rest.slice(authorityEnd) : '';
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    findings.push(make('redirect-uri/userinfo', 'error', redirectUriText.userinfo));
    authority = authority.slice(at + 1);
  }
  const hostMatch = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
  const host = (hostMatch ? hostMatch[1]! : authority).toLowerCase();

  if (work.includes('*'))
    findings.push(make('redirect-uri/wildcard', 'error', redirectUriText.wildcard));
  const lower = work.toLowerCase();
  if (work.includes('\\') || /(?:\/|%2f|%5c)(?:\.|%2e){2}/.test(lower)) {
    findings.push(make('redirect-uri/path-traversal', 'error', redirectUriText.pathTraversal));
  }
  const badPercent = /%(?![0-9A-Fa-f]{2})/.exec(uri);
  if (badPercent) {
    const position = codePointLength(uri.slice(0, badPercent.index)) + 1;
    findings.push(
      make(
        'redirect-uri/bad-percent-encoding',
        'error',
        redirectUriText.badPercentEncoding(position),
        {
          position,
        },
      ),
    );
  }
  if (lower.includes('%00'))
    findings.push(make('redirect-uri/encoded-nul', 'error', redirectUriText.encodedNul));

  const name = host.replace(/\.$/, '');
  if (name === '' || name.startsWith('.')) {
    findings.push(make('redirect-uri/no-host', 'error', redirectUriText.noHost));
  } else if (isLoopback(name)) {
    // http and raw IPs are fine for localhost.
  } else {
    if (scheme === 'http')
      findings.push(make('redirect-uri/not-https', 'error', redirectUriText.notHttps));
    const labels = name.split('.');
    const tld = labels[labels.length - 1]!;
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(name) || name.startsWith('[')) {
      findings.push(make('redirect-uri/ip-address', 'error', redirectUriText.ipAddress(name)));
    } else if (labels.length === 1) {
      findings.push(
        make('redirect-uri/single-label-host', 'error', redirectUriText.singleLabelHost(name)),
      );
    } else if (INTERNAL_SUFFIXES.has(tld)) {
      findings.push(
        make('redirect-uri/internal-domain', 'error', redirectUriText.internalDomain(name, tld)),
      );
    } else if (name === 'googleusercontent.com' || name.endsWith('.googleusercontent.com')) {
      findings.push(
        make('redirect-uri/googleusercontent', 'error', redirectUriText.googleusercontent),
      );
    } else if (SHORTENERS.has(name)) {
      findings.push(
        make('redirect-uri/url-shortener', 'error', redirectUriText.urlShortener(name)),
      );
    } else if (!KNOWN_TLDS.has(tld) && !/^[a-z]{2}$/.test(tld) && !tld.startsWith('xn--')) {
      findings.push(make('redirect-uri/unknown-tld', 'warning', redirectUriText.unknownTld(tld)));
    }
  }

  const acid = /[?&]acid=([^&]*)/i.exec(pathAndQuery);
  if (acid) findings.push(make('redirect-uri/acid', 'info', redirectUriText.acid(acid[1]!)));

  let result = findings;
  // A space inside the URI may stand for %20; only spaces around it are safe to drop.
  const innerSpace = /\s/.test(uri.trim());
  if (suggest && !innerSpace && findings.some((f) => FIXABLE.has(f.code))) {
    const fixedScheme = isLoopback(name) ? scheme : 'https';
    const candidate = `${fixedScheme}://${authority}${pathAndQuery}`;
    if (candidate !== uri && !check(candidate, false).some((f) => f.severity === 'error')) {
      const codes = new Set(findings.map((f) => f.code).filter((code) => FIXABLE.has(code)));
      result = offer(findings, FIXABLE, candidate, labelFor(codes));
    }
  }
  return sortFindings(result);
}

/** Findings about a redirect URI against Google's registration rules, worst first. */
export function checkRedirectUri(uri: string): Finding[] {
  return check(typeof uri === 'string' ? uri : '', true);
}
