// The values one keystroke is checked on: realistic pastes and 1 MB worst cases. Made-up
// credentials in Google's published shapes; nothing here is a real client or secret.

export const MB = 1024 * 1024;

export interface KeystrokeCase {
  name: string;
  clientId: string;
  secret: string;
}

const ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
const SECRET = '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';

/** Pasted as they usually are, and as they usually go wrong. */
export const REALISTIC: KeystrokeCase[] = [
  { name: 'valid pair', clientId: ID, secret: SECRET },
  { name: 'quoted ID, trailing space on secret', clientId: `"${ID}"`, secret: `${SECRET} ` },
  { name: 'half-typed ID, empty secret', clientId: ID.slice(0, 30), secret: '' },
];

/** 1 MB in each field: one long token, all whitespace, and invisible characters with quotes. */
export function worstCases(): KeystrokeCase[] {
  const letters = 'a'.repeat(MB);
  const spaces = ' '.repeat(MB);
  const mixed = `"${'x\u200b y\u00a0'.repeat(Math.floor(MB / 5))}"`;
  const json = jsonPaste();
  return [
    { name: '1 MB token', clientId: letters, secret: letters },
    { name: '1 MB of spaces', clientId: spaces, secret: spaces },
    { name: '1 MB invisible chars and quotes', clientId: mixed, secret: mixed },
    { name: '1 MB client_secret.json pasted', clientId: json, secret: json },
  ];
}

/** A credentials file padded to 1 MB: the checks recognise pasted JSON and look inside it. */
function jsonPaste(): string {
  const head = `{"web":{"client_id":"${ID}","client_secret":"${SECRET}","notes":"`;
  return `${head}${'n'.repeat(MB - head.length - 4)}"}}`;
}

/** The same cases as source text, to rebuild them inside a browser page. */
export const CASES_IN_PAGE = `(() => {
  const MB = ${MB};
  const ID = ${JSON.stringify(ID)};
  const SECRET = ${JSON.stringify(SECRET)};
  const realistic = ${JSON.stringify(REALISTIC)};
  const letters = 'a'.repeat(MB);
  const spaces = ' '.repeat(MB);
  const mixed = '"' + 'x\\u200b y\\u00a0'.repeat(Math.floor(MB / 5)) + '"';
  const head = '{"web":{"client_id":"' + ID + '","client_secret":"' + SECRET + '","notes":"';
  const json = head + 'n'.repeat(MB - head.length - 4) + '"}}';
  return {
    realistic,
    worst: [
      { name: '1 MB token', clientId: letters, secret: letters },
      { name: '1 MB of spaces', clientId: spaces, secret: spaces },
      { name: '1 MB invisible chars and quotes', clientId: mixed, secret: mixed },
      { name: '1 MB client_secret.json pasted', clientId: json, secret: json },
    ],
  };
})()`;
