// The pages the replica serves, one URL each, and the profiles its fake plugin API starts with.
import { GOOGLE_CLIENTS, SCENARIO_ACID } from './google-clients.js';
import { PLUGINS_SCENARIOS } from './plugins-page.js';

export interface Scenario {
  name: string;
  /** Path and query on the replica's origin. */
  path: string;
  title: string;
}

export const PLUGIN_NAME = 'Project Email Integration';
export const EDITOR_PLACEHOLDER = 'profileeditorprojectemailintegration';
/** What a stored secret looks like when the editor reads a profile back (docs/host.md §4). */
export const STORED_SECRET_MASK = '0000000000000000';

const PLUGIN_QUERY = `PluginName=${encodeURIComponent(PLUGIN_NAME)}&Placeholders=${EDITOR_PLACEHOLDER}`;

function editor(root: string, extra = '', acid = ''): string {
  const acidPart = acid ? `acid=${acid}&` : '';
  const back = encodeURIComponent(`${root}/Admin/Plugins.aspx`);
  return `${root}/Admin/EditProfileExt.aspx?${acidPart}${PLUGIN_QUERY}${extra}&BackUrl=${back}`;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'saas',
    path: editor('', '&ProfileName=Support'),
    title: 'SaaS account at the site root: existing Login & Password profile on Gmail IMAP',
  },
  {
    name: 'on-premise',
    path: editor('/TargetProcess'),
    title: 'On-premise install under the virtual directory /TargetProcess: new profile',
  },
  {
    name: 'acid',
    path: editor('', '', SCENARIO_ACID),
    title: `Page URL with acid=${SCENARIO_ACID}: the redirect URI gains ?acid (the acid trap)`,
  },
  { name: 'new-profile', path: editor(''), title: 'New profile (no ProfileName)' },
  {
    name: 'google-stored-secret',
    path: editor('', '&ProfileName=Gmail'),
    title: 'Existing Google OAuth profile, signed in, with a stored client secret',
  },
  {
    name: 'login-password',
    path: editor('', '&ProfileName=Legacy%20POP3'),
    title: 'Existing Login & Password profile (POP3, no SSL)',
  },
  {
    name: 'outlook',
    path: editor('', '&ProfileName=Outlook'),
    title: 'Existing profile with Outlook OAuth selected',
  },
  {
    name: 'no-password',
    path: editor('', '&replica=no-password'),
    title: 'Robustness: an editor page without #Password',
  },
  {
    name: 'csp',
    path: editor('', '&replica=csp'),
    title: 'Strict Content-Security-Policy with Trusted Types required: new profile',
  },
  {
    name: 'csp-no-lit',
    path: editor('', '&replica=csp-no-lit'),
    title: "Strict CSP whose trusted-types list lacks Lit's lit-html: the assistant stands aside",
  },
  {
    name: 'csp-lit-taken',
    path: editor('', '&replica=csp-lit-taken'),
    title: 'Strict CSP where another Lit script already created the lit-html policy',
  },
  {
    name: 'plugins',
    path: '/Admin/Plugins.aspx',
    title:
      'Settings > Plugins (Admin_Plugins), where the OAuth popup lands: Google profiles in every health state',
  },
  {
    name: 'no-editor',
    path: editor('', '&ProfileName=Missing'),
    title: 'No editor: the profile GET fails and the page stays empty',
  },
  {
    name: 'oauth-without-state',
    path: editor('', '&ProfileName=Half%20done'),
    title: 'No editor: Google OAuth profile without OAuthState (the 2020 template throws)',
  },
  {
    name: 'prompt-menu',
    path: editor('', '&replica=prompt-menu'),
    title: "Today's SaaS: Sign in opens a choice of three prompts, the popup follows the choice",
  },
  {
    name: 'async-popup',
    path: editor('', '&replica=async-popup'),
    title: 'Sign in opens its popup 100 ms after the click, not from the click itself',
  },
  {
    name: 'board',
    path: '/RestUI/Board.aspx',
    title: 'A page that is neither the editor nor Settings > Plugins (most pages): the loader only',
  },
  {
    name: 'google-stopped',
    path: editor('', '&ProfileName=Gmail%20stopped'),
    title: 'Saved Google profile whose mail stopped: Google refuses its refresh token',
  },
  ...PLUGINS_SCENARIOS,
];

export function scenario(name: string): Scenario {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario "${name}"`);
  return found;
}

export interface ProfileSettings {
  SecureAccessMethod: string;
  Login: string;
  /** The real stored secret or password; never sent back to the page. */
  Password: string | null;
  Protocol: 'imap' | 'pop3';
  Port: string;
  UseSSL: boolean;
  Rules: string;
  MailServer: string;
  UsersMigrated: string;
  OAuthDiscoverUri: string | null;
  OAuthState: Record<string, unknown> | null;
}

export interface StoredProfile {
  Name: string;
  Settings: ProfileSettings;
}

const okClient = GOOGLE_CLIENTS[0]!;

/** A fresh copy of the profiles the fake API starts with. */
export function initialProfiles(): StoredProfile[] {
  const signedIn = (email: string, uri: string) => ({
    AccessToken: 'replica-access-token',
    RefreshToken: 'replica-refresh-token',
    TokenType: 'Bearer',
    Email: email,
    DiscoverUri: uri,
  });
  return [
    {
      Name: 'Support',
      Settings: {
        SecureAccessMethod: '',
        Login: 'support@acme.example',
        Password: 'app-password-1',
        Protocol: 'imap',
        Port: '993',
        UseSSL: true,
        Rules: 'then attach to project 1',
        MailServer: 'imap.gmail.com',
        UsersMigrated: 'true',
        OAuthDiscoverUri: null,
        OAuthState: null,
      },
    },
    {
      Name: 'Gmail',
      Settings: {
        SecureAccessMethod: '1',
        Login: okClient.id,
        Password: okClient.secret,
        Protocol: 'imap',
        Port: '993',
        UseSSL: true,
        Rules: '',
        MailServer: 'imap.gmail.com',
        UsersMigrated: 'true',
        OAuthDiscoverUri: 'https://accounts.google.com',
        OAuthState: signedIn(okClient.email, 'https://accounts.google.com'),
      },
    },
    {
      Name: 'Legacy POP3',
      Settings: {
        SecureAccessMethod: '',
        Login: 'helpdesk',
        Password: 'pop-password',
        Protocol: 'pop3',
        Port: '110',
        UseSSL: false,
        Rules: '',
        MailServer: 'pop.acme.example',
        UsersMigrated: 'true',
        OAuthDiscoverUri: null,
        OAuthState: null,
      },
    },
    {
      Name: 'Outlook',
      Settings: {
        SecureAccessMethod: '2',
        Login: '0b6f6a6e-3c1f-4f55-9a4e-2f1d1c7e9b10',
        Password: 'outlook-secret',
        Protocol: 'imap',
        Port: '993',
        UseSSL: true,
        Rules: '',
        MailServer: 'outlook.office365.com',
        UsersMigrated: 'true',
        OAuthDiscoverUri: 'https://login.microsoftonline.com/common/v2.0',
        OAuthState: signedIn(
          'support@acme.example',
          'https://login.microsoftonline.com/common/v2.0',
        ),
      },
    },
    {
      Name: 'Half done',
      Settings: {
        SecureAccessMethod: '1',
        Login: okClient.id,
        Password: null,
        Protocol: 'imap',
        Port: '993',
        UseSSL: true,
        Rules: '',
        MailServer: 'imap.gmail.com',
        UsersMigrated: 'true',
        OAuthDiscoverUri: 'https://accounts.google.com',
        OAuthState: null,
      },
    },
  ];
}
