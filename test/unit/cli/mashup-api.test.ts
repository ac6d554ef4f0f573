import { describe, expect, it } from 'vitest';
import { interpretResponse } from '../../../src/cli/answers.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import {
  buildRequest,
  mashupBody,
  mashupPathProblem,
  nameFromTitle,
  nameProblem,
  parseAppUrl,
  placeholdersFromCfg,
} from '../../../src/cli/mashup-api.js';
import { displayUrl, printable, scrubText } from '../../../src/cli/text.js';

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

describe('printable', () => {
  it('removes escape sequences whole and turns other control characters into spaces', () => {
    expect(printable('a\u001b[2Jb')).toBe('ab');
    expect(printable('a\u001b[1;31mred\u001b[0m')).toBe('ared');
    expect(printable('\u001b]0;title\u0007x')).toBe('x');
    expect(printable('\u001b]8;;https://evil\u001b\\link\u001b]8;;\u001b\\')).toBe('link');
    expect(printable('\u009b2Jx\u001bcy')).toBe('xy');
    expect(printable('one\r\ntwo\tthree\u0000\u007f\u0085')).toBe('one two three ');
    expect(printable('abc\u202edef\u2066')).toBe('abc def ');
    expect(printable('Ünïcode — fine: 日本')).toBe('Ünïcode — fine: 日本');
  });
});

describe('mashup file paths', () => {
  it('allows stable relative paths with sub-folders', () => {
    for (const ok of ['google-oauth-assistant.js', 'chunks/editor.js', 'chunks/mashup.ignore']) {
      expect(mashupPathProblem(ok)).toBeNull();
    }
  });

  it('refuses any path that could leave the folder or confuse Windows or a terminal', () => {
    for (const bad of [
      '../x.js',
      'chunks/../../x.js',
      '/etc/x.js',
      'chunks//x.js',
      './x.js',
      'chunks/',
      '..\\x.js',
      'C:x.js',
      'x\u001b[2J.js',
      'x\n.js',
      `${'a/'.repeat(101)}x.js`,
    ]) {
      expect(mashupPathProblem(bad), bad).not.toBeNull();
    }
  });
});

describe('answers that are not what they claim', () => {
  it('an invalid Location is a bad answer (exit 5), not an exception', () => {
    const outcome = interpretResponse(
      'GetMashupInfo',
      { status: 302, contentType: '', location: 'http://[::1', text: '' },
      url,
      token,
    );
    expect(outcome).toMatchObject({ kind: 'fail', exit: EXIT.badAnswer });
  });

  it('prints a field error on one line, without the control characters it came with', () => {
    const outcome = interpretResponse(
      'AddMashup',
      {
        status: 400,
        contentType: 'application/json',
        text: JSON.stringify([{ Message: 'clash\u001b[2J\nnow' }]),
      },
      url,
      token,
    );
    expect(outcome.kind === 'fail' && outcome.message).toMatch(
      /^Targetprocess rejected AddMashup: clash now\./,
    );
  });
});
