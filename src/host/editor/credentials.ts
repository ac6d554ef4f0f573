// The credentials import, loaded on first use (lazy.ts): the import element, and the file
// rules with their zod schema. Loaded when the admin opens "Import it" or pastes a whole
// client_secret_….json into the Client ID or Client secret field.
import '../../elements/tpgo-credentials-import.js';

import { checkCredentialsFile, pastedCredentialsReport } from '../../rules/credentials-file.js';

export const importHelp = { checkCredentialsFile, pastedCredentialsReport };
