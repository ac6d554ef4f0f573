// The exit codes of `npm run deploy` and `npm run package`, listed in docs/deploy.md.

/** Exit codes scripts can rely on. Never renumber; a new meaning gets a new number. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  badAnswer: 5,
  network: 6,
  rejected: 7,
  noBuild: 8,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
