// Writes the lifetime line beside Sign in (the view's `lifetime` findings) into the element
// layout.ts placed: text nodes only, each finding's severity in words, the fix, and a link to
// Google's Audience page where the fix is to publish the app. Writes only when it changed.
import type { Finding } from '../../rules/finding.js';
import { AUDIENCE_URL, lifetimeText } from '../../rules/lifetime-messages.js';

const LABEL = { error: 'Error:', warning: 'Warning:', info: 'Note:' } as const;
const COLOR = { error: '#c62828', warning: '#8a4b00', info: '#3c4043' } as const;
const shown = new WeakMap<HTMLElement, string>();

function line(doc: Document, finding: Finding): HTMLElement {
  const p = doc.createElement('p');
  p.style.margin = '4px 0 0';
  p.style.color = COLOR[finding.severity];
  p.dataset.code = finding.code;
  const label = doc.createElement('strong');
  label.textContent = LABEL[finding.severity];
  p.append(label, ` ${finding.message}. ${finding.fix}`);
  if (finding.details && finding.code !== 'lifetime/mail-missing') {
    const link = doc.createElement('a');
    link.href = AUDIENCE_URL;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = lifetimeText.audienceLink;
    p.append(' ', link);
  }
  return p;
}

export function renderLifetime(el: HTMLElement, findings: readonly Finding[] | null): void {
  const id = findings ? JSON.stringify(findings.map((f) => [f.code, f.message, f.fix])) : '';
  if (shown.get(el) === id) return;
  shown.set(el, id);
  el.replaceChildren();
  el.hidden = !findings;
  if (!findings) return;
  const doc = el.ownerDocument;
  for (const finding of findings) el.append(line(doc, finding));
  const kept = doc.createElement('p');
  kept.style.margin = '4px 0 0';
  kept.textContent = lifetimeText.keptOnSave;
  el.append(kept);
}
