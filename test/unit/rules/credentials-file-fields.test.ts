// The credentials file's known fields: each one present with the wrong type is named (in the
// file's section order), the others are read all the same, and unknown fields are ignored.
import { describe, expect, it } from 'vitest';
import { checkCredentialsFile } from '../../../src/rules/index.js';
import { ID, credentialsJson } from './fixtures.js';

const badField = (section: Record<string, unknown>) =>
  checkCredentialsFile(credentialsJson(section)).findings.find(
    (finding) => finding.code === 'credentials-file/bad-field',
  );

const KNOWN = ['client_id', 'client_secret', 'project_id', 'redirect_uris', 'javascript_origins'];
const named = (message: string) => KNOWN.filter((field) => message.includes(`"${field}"`));

describe('checkCredentialsFile: fields of the wrong type', () => {
  it('names each bad field once, in the known order', () => {
    const finding = badField({
      javascript_origins: ['https://ok.example', 7],
      client_secret: null,
      redirect_uris: 'https://x.example/Admin/Plugins.aspx',
      project_id: ['acme'],
    });
    expect(finding?.severity).toBe('error');
    // The headline stays short; the fields are named in the details.
    expect(named(finding!.details ?? '')).toEqual([
      'client_secret',
      'project_id',
      'redirect_uris',
      'javascript_origins',
    ]);
  });

  it('accepts strings, lists of strings, empty lists and unknown fields of any type', () => {
    expect(
      badField({ redirect_uris: [], javascript_origins: [], auth_uri: 42, extra: { a: 1 } }),
    ).toBeUndefined();
  });

  it('still reads the good fields beside a bad one', () => {
    const report = checkCredentialsFile(
      credentialsJson({ redirect_uris: [1, 'https://a.example/'] }),
    );
    expect(report.clientId).toBe(ID);
    expect(report.redirectUris).toEqual(['https://a.example/']);
  });
});
