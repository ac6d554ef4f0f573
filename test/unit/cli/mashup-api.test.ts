import { describe, expect, it } from 'vitest';
import {
  EXIT,
  buildRequest,
  displayUrl,
  interpretResponse,
  mashupBody,
  nameFromTitle,
  nameProblem,
  parseAppUrl,
  placeholdersFromCfg,
  scrubText,
} from '../../../src/cli/mashup-api.js';

const token = { kind: 'token', token: 'T0k+/=' } as const;
const url =
  'https://a.tpondemand.com/api/v1/Plugins.asmx/Mashup%20Manager/Commands/AddMashup?access_token=T0k%2B%2F%3D';

describe('names', () => {
  it('derives a valid name from a title', () => {
    expect(nameFromTitle('Google OAuth Assistant')).toBe('Google OAuth Assistant');
    expect(nameFromTitle('Google-OAuth: Assistant!')).toBe('Google OAuth Assistant');
    expect(nameFromTitle('***')).toBe('Mashup');
    expect(nameProblem(nameFromTitle('ä/b-c'))).toBeNull();
  });
});

describe('URLs', () => {
  it('keeps the virtual directory and drops trailing slashes', () => {
    expect(parseAppUrl('https://tp.example.com/TargetProcess/')).toEqual({
      ok: true,
      root: 'https://tp.example.com/TargetProcess',
    });
    expect(parseAppUrl(' https://acme.tpondemand.com ')).toEqual({
      ok: true,
      root: 'https://acme.tpondemand.com',
    });
  });

  it('refuses credentials in the URL without echoing them', () => {
    const result = parseAppUrl('https://admin:hunter22@tp.example.com');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter22');
  });

  it('elides the token when printing a URL or free text', () => {
    expect(displayUrl(url)).toBe(
      'https://a.tpondemand.com/api/v1/Plugins.asmx/Mashup%20Manager/Commands/AddMashup?access_token=***',
    );
    expect(displayUrl('https://u:p@x.com/a?b=1&access_token=zz&c=2')).toBe(
      'https://x.com/a?b=1&access_token=***&c=2',
    );
    expect(scrubText(`failed: ${url} and https://u:pw@h/`)).not.toMatch(/T0k|pw@/);
  });
});

describe('requests', () => {
  it('encodes the token in the query and sends the name bare to GetMashupInfo', () => {
    const r = buildRequest('https://h/TP', 'GetMashupInfo', 'My Mashup', token);
    expect(r.url).toBe(
      'https://h/TP/api/v1/Plugins.asmx/Mashup%20Manager/Commands/GetMashupInfo?access_token=T0k%2B%2F%3D',
    );
    expect(r.body).toBe('My Mashup');
    expect(r.headers.Authorization).toBeUndefined();
  });

  it('always saves enabled, with OldName only for an update', () => {
    const files = [{ FileName: 'a.js', Content: 'x' }];
    expect(mashupBody('N', 'p', files)).toEqual({
      Name: 'N',
      Placeholders: 'p',
      Files: files,
      MashupMetaInfo: { IsEnabled: true },
    });
    expect(mashupBody('N', 'p', files, 'Old').OldName).toBe('Old');
  });

  it('reads the placeholders of a .cfg', () => {
    expect(placeholdersFromCfg('Placeholders:a, b ,c\n')).toBe('a,b,c');
    expect(placeholdersFromCfg('Other:x\r\nplaceholders: footerPlaceholder\r\n')).toBe(
      'footerPlaceholder',
    );
    expect(placeholdersFromCfg('Placeholders:\n')).toBeNull();
    expect(placeholdersFromCfg('')).toBeNull();
  });
});

describe('interpretResponse', () => {
  const answer = (status: number, text: string, contentType = 'application/json') => ({
    status,
    contentType,
    text,
  });

  it('treats "doesn\'t exist" from GetMashupInfo as absent, and from others as a rejection', () => {
    const body = JSON.stringify([
      { FieldName: 'Name', Message: 'Mashup with name "x" doesn\'t exist' },
    ]);
    expect(interpretResponse('GetMashupInfo', answer(400, body), url, token)).toEqual({
      kind: 'absent',
    });
    expect(interpretResponse('UpdateMashup', answer(400, body), url, token)).toMatchObject({
      kind: 'fail',
      exit: EXIT.rejected,
    });
  });

  it('treats an empty error list, or an empty body, as success', () => {
    expect(interpretResponse('AddMashup', answer(200, '[]'), url, token)).toEqual({
      kind: 'ok',
      data: [],
    });
    expect(interpretResponse('AddMashup', answer(204, ''), url, token).kind).toBe('ok');
  });

  it('rejects an error list even with a 200', () => {
    const body = JSON.stringify([{ FieldName: 'Placeholders', Message: 'Bad placeholders' }]);
    const outcome = interpretResponse('AddMashup', answer(200, body), url, token);
    expect(outcome).toMatchObject({ kind: 'fail', exit: EXIT.rejected });
    expect(outcome.kind === 'fail' && outcome.message).toContain('Bad placeholders');
  });

  it('maps statuses to exit codes, every message one line with a next step and no token', () => {
    const cases: [number, string, string, number][] = [
      [401, '', 'application/json', EXIT.auth],
      [403, '', 'application/json', EXIT.auth],
      [404, 'nope', 'text/plain', EXIT.notFound],
      [200, '<html/>', 'text/html', EXIT.badAnswer],
      [200, 'hello', 'text/plain', EXIT.badAnswer],
      [502, '{}', 'application/json', EXIT.badAnswer],
      [301, '', '', EXIT.badAnswer],
    ];
    for (const [status, text, type, exit] of cases) {
      const outcome = interpretResponse('AddMashup', answer(status, text, type), url, token);
      expect(outcome).toMatchObject({ kind: 'fail', exit });
      if (outcome.kind !== 'fail') continue;
      expect(outcome.message).not.toContain('\n');
      expect(outcome.message).toContain('Next:');
      expect(outcome.message).not.toMatch(/T0k/);
    }
  });
});
