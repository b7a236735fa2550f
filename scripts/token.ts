// npm run token -- <customer> [scope ...]: mints a development bearer token.
// `alice` and `bob` stand for the demo customers; scopes default to orders:read orders:cancel.
// Signed with AUTH_JWT_SECRET when set, else with development's key in DATA_DIR (what `npm start` uses).
import { issueToken, authSettings, type Scope } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { DEMO_CUSTOMERS } from '../src/dev/demo.js';
import { developmentSecret } from '../src/dev/dev-secret.js';

const SCOPES: readonly Scope[] = ['orders:read', 'orders:cancel', 'orders:write', 'orders:admin'];

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const [customer, ...scopeArgs] = process.argv.slice(2);
if (!customer)
  fail('usage: npm run token -- <customer> [scope ...]   (alice and bob are the demo customers)');
const scopes = scopeArgs.flatMap(arg => arg.split(/[\s,]+/)).filter(Boolean);
for (const scope of scopes)
  if (!SCOPES.includes(scope as Scope)) fail(`unknown scope ${scope}; known: ${SCOPES.join(' ')}`);

const env = { ...process.env };
if (env['AUTH_JWT_SECRET'] === '') delete env['AUTH_JWT_SECRET'];
const config = loadConfig(env);
if (config.env !== 'development')
  fail('npm run token mints development tokens only (GATEWAY_ENV=development).');
const secret = config.auth.secret ?? developmentSecret(config.dataDir);
if (!secret) fail('DATA_DIR is :memory:, so there is no kept key to sign with; set AUTH_JWT_SECRET.');
const subject = Object.hasOwn(DEMO_CUSTOMERS, customer)
  ? DEMO_CUSTOMERS[customer as keyof typeof DEMO_CUSTOMERS]
  : customer;
const granted = scopes.length > 0 ? (scopes as Scope[]) : (['orders:read', 'orders:cancel'] as Scope[]);
const auth = authSettings(secret, config.auth.issuer, config.auth.audience);
process.stdout.write(`${await issueToken(auth, subject, granted)}\n`);
