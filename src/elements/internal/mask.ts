/**
 * A secret shown so the admin can tell which one it is, as Google's console does: the
 * `GOCSPX-` prefix when present and the last four characters, never more.
 */
export function maskSecret(secret: string): string {
  const value = secret.trim();
  if (value.length <= 8) return '…';
  const prefix = value.startsWith('GOCSPX-') ? 'GOCSPX-' : '';
  return `${prefix}…${value.slice(-4)}`;
}
