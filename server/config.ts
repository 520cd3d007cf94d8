import { z } from 'zod';

// Configuration is read from the environment once, here, and validated.
const configSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to use an existing Neo4j 5 (Desktop, a cluster, Aura); unset, Braid starts its own on loopback. */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /** Bolt port of the local Neo4j that `npm start` runs. */
  BRAID_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Upload size limit for imports, in megabytes. */
  BRAID_UPLOAD_LIMIT_MB: z.coerce.number().positive().default(50),
  /** A request (headers and body) must arrive within this many seconds: slow drips are cut off. */
  BRAID_REQUEST_TIMEOUT_S: z.coerce.number().positive().default(120),
  /** Neo4j gives up on a transaction after this many seconds. */
  BRAID_QUERY_TIMEOUT_S: z.coerce.number().positive().default(60),
  /** true: anonymous visitors may read (a public, read-only deployment); writes still need a role. */
  BRAID_PUBLIC_READ: z.stringbool().default(false),
  /** Origins that may embed share links in an iframe, space-separated (https://partner.example.org). */
  BRAID_FRAME_ANCESTORS: z
    .string()
    .default('')
    .transform((value) => value.split(/[\s,]+/).filter((origin) => origin !== ''))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must list origins such as https://partner.example.org' }))),
  /** The day Braid takes as today (YYYY-MM-DD), for tests and demos; unset, the system date. */
  BRAID_TODAY: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
  /** Host names Braid answers to (comma-separated); others are refused, against DNS rebinding. */
  BRAID_ALLOWED_HOSTS: z
    .string()
    .default('localhost,127.0.0.1,[::1]')
    .transform((hosts) =>
      hosts
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** true behind a reverse proxy that terminates HTTPS: X-Forwarded-Proto/Host are believed, cookies get Secure. */
  BRAID_TRUST_PROXY: z.stringbool().default(false),
  /** The address people open, for links the CLI and `npm start` print (default http://localhost:PORT). */
  BRAID_PUBLIC_URL: z.string().url().optional(),
  /** A session ends after this long without a request, and in any case after BRAID_SESSION_MAX_HOURS. */
  BRAID_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  BRAID_SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  /** Single sign-on with OpenID Connect (docs/security.md): all three set, or none. */
  BRAID_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  BRAID_OIDC_CLIENT_ID: z.string().min(1).optional(),
  BRAID_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** What the sign-in page calls the provider: "Sign in with <name>". */
  BRAID_OIDC_NAME: z.string().min(1).default('single sign-on'),
  BRAID_OIDC_SCOPES: z.string().default('openid email profile'),
  /** The claim (of the ID token or userinfo) whose values say the role; a string or a list of strings. */
  BRAID_OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  /** Claim values to roles, `value=role` comma-separated: `Braid.Admins=admin,Braid.Editors=editor`. */
  BRAID_OIDC_ROLE_MAP: z.string().default(''),
  /** The role of a person none of whose claim values maps; `none` (the default) refuses their sign-in. */
  BRAID_OIDC_DEFAULT_ROLE: z.enum(['none', 'viewer', 'editor', 'admin']).default('none'),
});

export type Config = z.infer<typeof configSchema>;

/** Every setting at its default, for code (tests, scripts) that builds the app without an environment. */
export const defaultConfig = (): Config => configSchema.parse({});

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
};

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}
