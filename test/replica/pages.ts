// Server-rendered HTML of the replica: the Targetprocess page shells (the editor itself is
// rendered late, in the browser, by public/editor.js), the scenario index and the Google pages.

export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside a `<script type="application/json">` data block. */
function jsonBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface MashupTag {
  src: string;
  name: string;
  placeholderId: string;
  basePath: string;
  mashupPath: string;
}

export interface ShellOptions {
  title: string;
  appPath: string;
  page: 'editor' | 'plugins' | 'board';
  placeholders: string[];
  /** Where the editor renders (the Placeholders query's first entry). */
  editorPlaceholder: string | null;
  variant: string | null;
  /** The Google option's `url` when not the local stand-in's (tests route it back there). */
  googleUrl?: string | null;
  strictCsp: boolean;
  /** Whether the profile editor (itself a mashup) is on the page. */
  editor: boolean;
  /** How long the editor's profile GET is held back by the fake API, ms. */
  profileDelay: number;
  mashups: MashupTag[];
  main: string;
}

/** The page around the placeholders: runtime first, then the editor, then the mashup. */
export function shell(o: ShellOptions): string {
  const config = {
    appPath: o.appPath,
    page: o.page,
    placeholders: o.placeholders,
    editorPlaceholder: o.editorPlaceholder,
    variant: o.variant,
    googleUrl: o.googleUrl ?? null,
    editor: o.page === 'editor' && o.editor,
    profileDelay: o.profileDelay,
  };
  const mashup = o.mashups
    .map(
      (m) =>
        `<script src="${esc(m.src)}" data-replica-mashup="${esc(m.name)}" ` +
        `data-placeholder="${esc(m.placeholderId)}" data-base-path="${esc(m.basePath)}" ` +
        `data-mashup-path="${esc(m.mashupPath)}"></script>`,
    )
    .join('\n');
  const footer = o.placeholders.includes('footerPlaceholder')
    ? '<div id="footerPlaceholder" class="footer-placeholder"></div>'
    : '';
  const pagePlaceholders = o.placeholders
    .filter((p) => p !== 'footerPlaceholder' && p !== o.editorPlaceholder)
    .map((p) => `<div id="${esc(p)}" class="page-placeholder"></div>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(o.title)}</title>
<link rel="stylesheet" href="/__replica/replica.css">
${o.strictCsp ? '<script src="/__replica/tt-default.js"></script>' : ''}
${o.variant === 'csp-lit-taken' ? '<script src="/__replica/tt-lit-taken.js"></script>' : ''}
<script src="/__replica/require.js"></script>
<script src="/__replica/jquery.js"></script>
<script type="application/json" id="replica-config">${jsonBlock(config)}</script>
<script src="/__replica/runtime.js"></script>
</head>
<body>
<div class="tp-header"><span class="tp-logo">targetprocess</span><span class="tp-header-note">local replica: no real account, no real Google</span></div>
<div class="tp-page">
<div class="tp-menu"><a href="${esc(o.appPath)}/Admin/Plugins.aspx">Settings &gt; Plugins</a></div>
<div class="tp-content">
${o.main}
${pagePlaceholders}
</div>
</div>
${footer}
<div class="plugins info-block"><div class="saving"></div></div>
${config.editor ? '<script src="/__replica/editor.js"></script>' : ''}
${mashup}
</body>
</html>
`;
}

export interface IndexEntry {
  name: string;
  path: string;
  title: string;
}

export function indexPage(entries: IndexEntry[], demo: boolean, mashup: string | null): string {
  const rows = entries
    .map(
      (e) =>
        `<li><a href="${esc(e.path)}">${esc(e.name)}</a> <span class="idx-title">${esc(e.title)}</span></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Targetprocess editor replica</title>
<link rel="stylesheet" href="/__replica/replica.css"></head>
<body class="index">
<h1>Targetprocess Project Email Integration editor: local replica</h1>
<p>Each link opens one scenario of the profile editor. Sign in goes to a local stand-in for Google, never to Google.
Mashup: ${mashup ? `<code>${esc(mashup)}</code>` : 'none (run <code>npm run build</code>)'}.
Add <code>nomashups</code> to a page's query to turn mashups off (the editor too: it is a mashup),
<code>replica=no-assistant</code> for the editor without this mashup, <code>replica=one-line-mashup</code> for the smallest mashup there is instead of ours, <code>replica=paste</code> for the paste file
instead of the split install, <code>replica=slow-profile</code> for a profile GET that answers after 15.5 s.</p>
<ul class="scenarios">
${rows}
${demo ? '<li><a href="/demo/">demo</a> <span class="idx-title">The assistant\'s components on their own</span></li>' : ''}
</ul>
</body></html>
`;
}

/** A page in the style of Google's sign-in pages (the stand-in's own look, no Google asset). */
export function googlePage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{margin:0;font-family:Roboto,Arial,sans-serif;background:#f0f4f9;color:#1f1f1f}
.g-card{max-width:460px;margin:48px auto;background:#fff;border-radius:28px;padding:36px 40px}
.g-logo{font-size:22px;font-weight:500;letter-spacing:-.5px}
.g-logo b:nth-child(1){color:#4285f4}.g-logo b:nth-child(2){color:#ea4335}.g-logo b:nth-child(3){color:#fbbc05}
.g-logo b:nth-child(4){color:#4285f4}.g-logo b:nth-child(5){color:#34a853}.g-logo b:nth-child(6){color:#ea4335}
h1{font-size:24px;font-weight:400;margin:20px 0 12px}
.g-account{display:inline-block;border:1px solid #c4c7c5;border-radius:16px;padding:4px 12px;font-size:14px}
.g-code{font-weight:500;margin-top:20px}
.g-details{font-size:13px;color:#444;word-break:break-all}
.g-actions{display:flex;justify-content:flex-end;gap:12px;margin-top:28px}
.g-actions button,.g-actions a{font:inherit;font-size:14px;border-radius:20px;padding:9px 22px;border:0;cursor:pointer;text-decoration:none}
.g-primary{background:#0b57d0;color:#fff}.g-secondary{background:none;color:#0b57d0}
.g-warning{border-left:4px solid #b3261e;padding-left:12px}
</style></head>
<body><div class="g-card" role="main">
<div class="g-logo"><b>G</b><b>o</b><b>o</b><b>g</b><b>l</b><b>e</b> <span class="g-standin">(local stand-in)</span></div>
${body}
</div></body></html>
`;
}
