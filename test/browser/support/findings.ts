import type { Finding } from '../../../src/rules/finding.js';

export const trailingSpace: Finding = {
  code: 'client-id/outer-whitespace',
  severity: 'error',
  message: 'The Client ID ends with a space.',
  fix: 'Remove the space: Google would answer "invalid_client".',
  suggestion: '123456789012-abc.apps.googleusercontent.com',
  suggestionLabel: 'Use the trimmed value',
};

export const swapped: Finding = {
  code: 'client-id/looks-like-secret',
  severity: 'error',
  message: 'This looks like a Client secret, not a Client ID.',
  fix: 'Paste the Client ID here and the secret in its own field.',
};

export const unusualLength: Finding = {
  code: 'client-id/unusual-form',
  severity: 'warning',
  message: 'This Client ID does not have the usual form.',
  fix: 'Check it against the Credentials page; you may go on.',
};

export const legacy: Finding = {
  code: 'client-id/legacy-form',
  severity: 'info',
  message: 'An older Client ID form.',
  fix: 'Nothing to do.',
};

export const hostile: Finding = {
  code: 'test/xss',
  severity: 'error',
  message: '<img src=x onerror="window.__tpgoXss=1">',
  fix: '<b>bold</b>',
  suggestion: 'x',
  suggestionLabel: '<img src=y onerror="window.__tpgoXss=2">',
};
