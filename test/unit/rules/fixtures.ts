// Realistic-looking but made-up credentials for the rule tests.
export const ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
export const ID_PREFIX = '123456789012-abcdefghijklmnopqrstuv0123456789';
export const LEGACY_ID = '407408718192.apps.googleusercontent.com';
export const SECRET = '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';
export const LEGACY_SECRET = 'aB3_cD4eF5gH6iJ7kL8mN9oP';
export const ROOT = 'https://tp.example.com/TargetProcess';
export const URI = 'https://tp.example.com/TargetProcess/Admin/Plugins.aspx';

export function credentialsJson(section: Record<string, unknown>, type = 'web'): string {
  return JSON.stringify({
    [type]: {
      client_id: ID,
      project_id: 'acme-mail-123',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_secret: SECRET,
      redirect_uris: [URI],
      ...section,
    },
  });
}
