// The DOM-free rules: checks that turn pasted text into findings, and their message catalog.
export * from './finding.js';
export * from './messages.js';
export * from './file-messages.js';
export * from './signin-messages.js';
export * from './pair-messages.js';
export * from './redirect-messages.js';
export * from './client-id.js';
export * from './client-secret.js';
export * from './redirect-uri.js';
export * from './credentials-file.js';
export * from './signin-errors.js';
export * from './pair-check.js';
export * from './setup-state.js';
export * from './setup-interaction.js';
export * from './setup-messages.js';
export * from './health-messages.js';
export * from './health.js';
