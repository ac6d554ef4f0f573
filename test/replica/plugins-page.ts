// The replica's Settings > Plugins page (docs/host.md §7): the page shell (the list itself is rendered
// late, in the browser, by public/plugins.js), the Google profiles in every health state, and a
// fake of the page's API: the plugin list, CheckActivityLogForErrors, GetActivityLog and delete.
// The profile GET stays in server.ts; it asks `freshProfile` for stamps relative to the clock.
//
// Switches, read from the page's own query (the API sees it in the Referer header):
//   slow=list,errors,profile,log   answer that command after 11 s (past the assistant's 10 s)
//   slowMs=N                       ... after N ms instead
//   fail=list,errors,profile,log   answer that command with HTTP 500
//   listDelay=N                    render the list N ms after load (default 1200)
//   many=N                         N more Google profiles, "Bulk 01"…, all freshly refreshed
//   huge=list,errors,profile,log   answer that command with 3 MB (Content-Length says so)
//   stream=…                       ... with 4 MB streamed in 64 KB chunks, no Content-Length
//   (the fixture profiles' GET is server.ts's: `profile` here means the Bulk ones)
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProfileSettings, Scenario, StoredProfile } from './scenarios.js';

export const EMAIL_PLUGIN = 'Project Email Integration';
export const OTHER_PLUGIN = 'Bugzilla Integration';
const REST = '/api/v1/Plugins.asmx';

/** The Google profiles of the Plugins page, one per health state. */
export const HEALTH_PROFILES = {
  fresh: 'Gmail fresh',
  hour: 'Gmail hour',
  stopped: 'Gmail stopped',
  noRefresh: 'Gmail no refresh',
  imap: 'Gmail IMAP off',
  deleted: 'Gmail deleted',
  unknown: 'Ops & Co #2',
} as const;
/** A Login & Password profile that the delete test may remove. */
export const DISPOSABLE_PROFILE = 'Old test box';

/** The token values of the fixtures: a test proves none of them leaves the API's answers. */
export const FIXTURE_TOKENS = {
  access: 'ya29.replica-ACCESS-token-must-never-show',
  refresh: '1//replica-REFRESH-token-must-never-show',
};

export const PLUGINS_SCENARIOS: Scenario[] = [
  {
    name: 'plugins-slow',
    path: '/Admin/Plugins.aspx?slow=profile,log',
    title: 'Settings > Plugins: profile and log reads answer after 11 s',
  },
  {
    name: 'plugins-failing',
    path: '/Admin/Plugins.aspx?fail=errors,profile,log',
    title: 'Settings > Plugins: CheckActivityLogForErrors, profile and log reads fail (HTTP 500)',
  },
  {
    name: 'plugins-acid',
    path: '/Admin/Plugins.aspx?acid=3F2504E04F89',
    title: 'Settings > Plugins with an acid in the page address',
  },
  {
    name: 'plugins-signin-popup',
    path: '/Admin/Plugins.aspx?state=x&code=4%2Freplica',
    title: 'Settings > Plugins as the sign-in popup lands on it (the assistant does nothing)',
  },
];

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const dotNet = (ms: number, offset = '') => `/Date(${ms}${offset})/`;

interface Fixture {
  /** OAuthState relative to now; null for none. */
  state(now: number): Record<string, unknown> | null;
  /** ERROR records relative to now, newest first: [ms ago, message]. */
  errors: ReadonlyArray<readonly [number, string]>;
}

const BAD_REQUEST = 'The remote server returned an error: (400) Bad Request.';

function state(now: number, issuedAgo: number, over: Record<string, unknown> = {}) {
  return {
    Email: 'support@acme.example',
    TokenEndpoint: 'https://oauth2.googleapis.com/token',
    Callback: 'http://127.0.0.1/Admin/Plugins.aspx',
    AccessToken: FIXTURE_TOKENS.access,
    RefreshToken: FIXTURE_TOKENS.refresh,
    AccessTokenIssueDateUtc: dotNet(now - issuedAgo),
    AccessTokenExpirationUtc: dotNet(now - issuedAgo + HOUR, '+0000'),
    Scope: 'https://mail.google.com/',
    IsDeleted: false,
    ...over,
  };
}

const FIXTURES: Record<string, Fixture> = {
  [HEALTH_PROFILES.fresh]: { state: (now) => state(now, 12 * MIN), errors: [] },
  // An old error keeps the page's red mark, but the token has refreshed since.
  [HEALTH_PROFILES.hour]: {
    state: (now) => state(now, HOUR),
    errors: [[3 * DAY, 'Error downloading messages.']],
  },
  // Signed in 12 days ago; Google refused every refresh from day 7 on.
  [HEALTH_PROFILES.stopped]: {
    state: (now) => state(now, 5 * DAY + 20 * MIN),
    errors: [
      [10 * MIN, BAD_REQUEST],
      [2 * DAY, BAD_REQUEST],
      [5 * DAY - 5 * MIN, BAD_REQUEST],
      [5 * DAY, BAD_REQUEST],
    ],
  },
  [HEALTH_PROFILES.noRefresh]: {
    state: (now) => state(now, 3 * HOUR, { RefreshToken: null }),
    errors: [],
  },
  [HEALTH_PROFILES.imap]: {
    state: (now) => state(now, 25 * MIN),
    errors: [
      [4 * MIN, 'Cannot login: imap.gmail.com; Connection settings: Login=support@acme.example'],
      [9 * MIN, 'Cannot login: imap.gmail.com; Connection settings: Login=support@acme.example'],
    ],
  },
  [HEALTH_PROFILES.deleted]: {
    state: (now) => state(now, 2 * DAY, { AccessToken: null, RefreshToken: null, IsDeleted: true }),
    errors: [[2 * DAY - HOUR, 'OAuth AccessToken was deleted']],
  },
  [HEALTH_PROFILES.unknown]: {
    state: (now) => state(now, 6 * HOUR),
    errors: [[5 * HOUR, 'Error downloading messages.\r\n\u0007Mailbox "INBOX" is locked\u202e']],
  },
};

function settings(over: Partial<ProfileSettings>): ProfileSettings {
  return {
    SecureAccessMethod: '1',
    Login: '123456789012-replicahealth.apps.googleusercontent.com',
    Password: 'replica-secret',
    Protocol: 'imap',
    Port: '993',
    UseSSL: true,
    Rules: '',
    MailServer: 'imap.gmail.com',
    UsersMigrated: 'true',
    OAuthDiscoverUri: 'https://accounts.google.com',
    OAuthState: null,
    ...over,
  };
}

/** The Plugins page's extra profiles, to add to the fake API's store. */
export function pluginsPageProfiles(now = Date.now()): StoredProfile[] {
  return [
    ...Object.entries(FIXTURES).map(([name, fixture]) => ({
      Name: name,
      Settings: settings({ OAuthState: fixture.state(now) }),
    })),
    {
      Name: DISPOSABLE_PROFILE,
      Settings: settings({
        SecureAccessMethod: '',
        Login: 'old@acme.example',
        Password: 'old-password',
        OAuthDiscoverUri: null,
      }),
    },
  ];
}

/** A profile as the GET answers it: a fixture's stamps follow the clock until it is saved over. */
export function freshProfile(profile: StoredProfile, now = Date.now()): StoredProfile {
  const fixture = FIXTURES[profile.Name];
  if (!fixture || !FIXTURE_OBJECTS.has(profile)) return profile;
  return { ...profile, Settings: { ...profile.Settings, OAuthState: fixture.state(now) } };
}
const FIXTURE_OBJECTS = new WeakSet<StoredProfile>();

/** Adds the page's profiles to the store (they keep their clock-relative stamps until saved). */
export function addPluginsPageProfiles(store: Map<string, StoredProfile>): void {
  for (const profile of pluginsPageProfiles()) {
    FIXTURE_OBJECTS.add(profile);
    store.set(profile.Name.toLowerCase(), profile);
  }
}

const OTHER_PROFILES = ['Support', 'Bugzilla main'];

/** The page's markup before its script runs: the container the real page renders into. */
export function pluginsPageMain(): string {
  return `<h2 class="h2">Plugins</h2>
<div id="plugins-container" class="plugins-container"></div>
<link rel="stylesheet" href="/__replica/plugins.css">
<script src="/__replica/plugins.js"></script>`;
}

const BULK = /^Bulk \d{2,3}$/;

function bulkCount(req: IncomingMessage): number {
  try {
    const many = Number(new URL(String(req.headers.referer ?? '')).searchParams.get('many'));
    return Number.isInteger(many) && many > 0 ? Math.min(many, 500) : 0;
  } catch {
    return 0;
  }
}

function switches(req: IncomingMessage): {
  slow: Set<string>;
  fail: Set<string>;
  huge: Set<string>;
  stream: Set<string>;
  slowMs: number;
} {
  let query = new URLSearchParams();
  try {
    query = new URL(String(req.headers.referer ?? '')).searchParams;
  } catch {
    /* no page, no switches */
  }
  const list = (name: string) =>
    new Set(
      (query.get(name) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  const slowMs = Number(query.get('slowMs'));
  return {
    slow: list('slow'),
    fail: list('fail'),
    huge: list('huge'),
    stream: list('stream'),
    slowMs: Number.isFinite(slowMs) && slowMs > 0 ? slowMs : 11_000,
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  // Written as .NET's serializer does: every '/' escaped, so dates read "\/Date(…)\/".
  res.end(JSON.stringify(value).replace(/\//g, '\\/'));
}

/** What Check connection meets for a fixture profile: its newest logged error, or ''. */
export function checkConnectionError(name: string): string {
  const errors = FIXTURES[name]?.errors ?? [];
  const newest = [...errors].sort((a, b) => a[0] - b[0])[0];
  return newest ? newest[1] : '';
}

function emailErrors(name: string, now: number) {
  const fixture = FIXTURES[name];
  return (fixture?.errors ?? []).map(([msAgo, message], i) => ({
    at: now - msAgo,
    // The host pads levels and writes .NET dates, some with an offset.
    DateTime: dotNet(now - msAgo, i % 2 ? '+0100' : ''),
    Level: 'ERROR',
    Message: message,
    Details: `Tp.PopEmailIntegration.EmailReader: ${message}`,
  }));
}

/**
 * The Plugins page's API: answers and returns true, or returns false for server.ts to go on
 * (the profile GET and save stay there). `rel` is the raw path below the app path.
 */
export function handlePluginsApi(
  req: IncomingMessage,
  res: ServerResponse,
  rel: string,
  body: string,
  store: Map<string, StoredProfile>,
  answer: (kind: 'list' | 'errors' | 'profile' | 'log', send: () => void) => void,
): boolean {
  const path = rel.split('?')[0]!;
  if (path === REST) {
    if (req.method !== 'GET') return false;
    answer('list', () => {
      const bulk = Array.from({ length: bulkCount(req) }, (_, i) => ({
        Name: `Bulk ${String(i + 1).padStart(2, '0')}`,
      }));
      const email = [...[...store.values()].map((p) => ({ Name: p.Name })), ...bulk].sort((a, b) =>
        a.Name.toLowerCase().localeCompare(b.Name.toLowerCase()),
      );
      json(res, 200, [
        {
          Name: OTHER_PLUGIN,
          Category: 'Bug Tracking',
          Profiles: OTHER_PROFILES.map((Name) => ({ Name })),
        },
        { Name: EMAIL_PLUGIN, Category: 'Email', Profiles: email },
        { Name: 'Mashup Manager', Category: 'Mashups', Profiles: [] },
      ]);
    });
    return true;
  }
  if (!path.startsWith(`${REST}/`)) return false;
  const parts = path
    .slice(REST.length + 1)
    .split('/')
    .map((p) => decodeURIComponent(p));
  const [plugin, section, name, command, commandName] = parts;
  const now = Date.now();
  if (section === 'Commands' && name === 'CheckActivityLogForErrors' && req.method === 'GET') {
    answer('errors', () => {
      if (plugin === OTHER_PLUGIN) {
        json(res, 200, [
          {
            ProfileName: 'Support',
            ErrorsExist: true,
            ErrorDate: dotNet(now - DAY),
            ErrorMessage: 'Bugzilla answered 401',
          },
        ]);
        return;
      }
      json(
        res,
        200,
        [...store.values()].map((p) => {
          const latest = emailErrors(p.Name, now)[0];
          return {
            ProfileName: p.Name,
            ErrorsExist: !!latest,
            ErrorDate: latest ? latest.DateTime : null,
            ErrorMessage: latest ? latest.Message : null,
          };
        }),
      );
    });
    return true;
  }
  if (
    plugin === EMAIL_PLUGIN &&
    section === 'Profiles' &&
    command === 'Commands' &&
    commandName === 'GetActivityLog' &&
    req.method === 'POST'
  ) {
    answer('log', () => {
      let request: { DateRange?: { StartDate?: unknown; EndDate?: unknown }; Type?: unknown } = {};
      try {
        request = JSON.parse(body) as typeof request;
      } catch {
        json(res, 400, [{ FieldName: '', Message: 'Malformed JSON' }]);
        return;
      }
      const from = dateOf(request.DateRange?.StartDate) ?? 0;
      const to = dateOf(request.DateRange?.EndDate) ?? Infinity;
      const errorsOnly = Number(request.Type) === 10;
      const info = errorsOnly
        ? []
        : [
            {
              at: now - 3 * MIN,
              DateTime: dotNet(now - 3 * MIN),
              Level: 'INFO ',
              Message: 'OAuth AccessToken refreshed',
              Details: '',
            },
          ];
      const records = [...info, ...emailErrors(name!, now)]
        .filter((r) => r.at >= from && r.at <= to)
        .map(({ at: _at, ...record }) => record);
      json(res, 200, { Records: records, Type: request.Type ?? 0 });
    });
    return true;
  }
  if (
    plugin === EMAIL_PLUGIN &&
    section === 'Profiles' &&
    name &&
    BULK.test(name) &&
    !command &&
    req.method === 'GET' &&
    bulkCount(req) > 0
  ) {
    answer('profile', () =>
      json(res, 200, {
        Name: name,
        Settings: {
          ...settings({ OAuthState: state(now, 7 * MIN) }),
          Password: '0000000000000000',
        },
      }),
    );
    return true;
  }
  if (section === 'Profiles' && name && !command && req.method === 'DELETE') {
    if (plugin === EMAIL_PLUGIN) store.delete(name.toLowerCase());
    setTimeout(() => json(res, 200, ''), 300);
    return true;
  }
  return false;
}

function dateOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const dotNetMatch = /\/Date\((-?\d+)/.exec(value);
  const ms = dotNetMatch ? Number(dotNetMatch[1]) : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Runs `send` now, late, or answers 500, as the page's switches say. */
export function switchedAnswer(req: IncomingMessage, res: ServerResponse) {
  const { slow, fail, huge, stream, slowMs } = switches(req);
  return (kind: string, send: () => void): void => {
    if (fail.has(kind)) {
      json(res, 500, { Message: `replica: ${kind} fails on purpose` });
      return;
    }
    if (huge.has(kind)) {
      // A valid JSON string of 3 MB: only its size is wrong.
      const body = `"${'x'.repeat(3 * 1024 * 1024 - 2)}"`;
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
      });
      res.end(body);
      return;
    }
    if (stream.has(kind)) {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      const chunk = ' '.repeat(64 * 1024);
      let left = 64; // 4 MB of white space: JSON-ish, and far past the cap
      const next = () => {
        if (res.destroyed) return;
        if (left-- <= 0) {
          res.end('[]');
          return;
        }
        res.write(chunk, () => setTimeout(next, 5));
      };
      next();
      return;
    }
    if (slow.has(kind)) setTimeout(send, slowMs);
    else send();
  };
}
