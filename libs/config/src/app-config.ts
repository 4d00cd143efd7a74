import { DEV_JWT_SECRET, envSchema, type Env } from './env.schema.js';

/** Thrown when the environment is wrong; lists every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The validated configuration. The only place in the system that reads process.env. */
export class AppConfig {
  readonly nodeEnv: Env['NODE_ENV'];
  readonly isProduction: boolean;
  readonly host: string;
  readonly port: number;
  readonly workerPort: number;
  readonly publicUrl: string;
  /** Undefined means: run the embedded PostgreSQL (development on a bare machine). */
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  readonly embeddedPg: { dir: string; port: number };
  /** Undefined means: queues and realtime run on PostgreSQL. */
  readonly redisUrl: string | undefined;
  readonly queuePrefix: string;
  readonly jwtSecret: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  readonly corsOrigins: string[];
  readonly logLevel: Env['LOG_LEVEL'];
  readonly bodyLimit: string;
  /** Express's `trust proxy` setting: which proxies' X-Forwarded-For to believe for the client address. */
  readonly trustProxy: boolean | number | string[];
  readonly rateLimits: { loginPerMinute: number; publicPerMinute: number };
  readonly webDistDir: string;
  readonly seedDemoAccounts: boolean;
  readonly admin: { username: string; password: string | undefined };
  /** Official warning feeds: where to poll, how often, and how much of a document to accept. */
  readonly signals: {
    /** Base of the SMG warning files (no trailing slash), e.g. `https://xml.smg.gov.mo`. */
    smgBaseUrl: string;
    pollIntervalMs: number;
    fetchTimeoutMs: number;
    /** A CAP document or an Atom index of CAP entries to poll; undefined: CAP arrives by upload only. */
    capFeedUrl: string | undefined;
    maxDocumentBytes: number;
  };
  /** Web Push delivery: which push services subscriptions may point at, and how hard to drive them. */
  readonly push: {
    /** Host names (exact, or any sub-domain) a subscription endpoint may use. */
    endpointAllowlist: string[];
    /** RFC 8292 `sub` claim: how a push service can reach the operator. */
    vapidSubject: string;
    /** Requests in flight per worker process. */
    concurrency: number;
    timeoutMs: number;
    /** Test and benchmark setups only: accept http:// endpoints on loopback addresses (local fake push services). */
    allowLoopback: boolean;
  };
  /** Whether the prepared "sent in error" correction waits for a second commander (false: it goes out at once). */
  readonly alertSentInErrorNeedsApproval: boolean;
  /** A field unit that is out (deployed, or with an open task) and has not checked in for this long is flagged silent. */
  readonly teamSilentAfterMinutes: number;
  /** Where hazard photos are kept: a folder on this machine, or an S3-compatible bucket. */
  readonly photoStorage: PhotoStorageConfig;

  constructor(env: Env) {
    this.nodeEnv = env.NODE_ENV;
    this.isProduction = env.NODE_ENV === 'production';
    this.host = env.HOST;
    this.port = env.PORT;
    this.workerPort = env.WORKER_PORT;
    this.publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    this.databaseUrl = env.DATABASE_URL;
    this.databasePoolSize = env.DATABASE_POOL_SIZE;
    this.embeddedPg = { dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT };
    this.redisUrl = env.REDIS_URL;
    this.queuePrefix = env.QUEUE_PREFIX;
    this.jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
    this.accessTokenTtlSeconds = env.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlSeconds = env.REFRESH_TOKEN_TTL_SECONDS;
    this.corsOrigins = env.CORS_ORIGINS ?? defaultOrigins(this.publicUrl, env.PORT, this.isProduction);
    this.logLevel = env.LOG_LEVEL;
    this.bodyLimit = env.BODY_LIMIT;
    this.trustProxy = env.TRUST_PROXY;
    this.rateLimits = { loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE, publicPerMinute: env.RATE_LIMIT_PUBLIC_PER_MINUTE };
    this.webDistDir = env.WEB_DIST_DIR;
    this.seedDemoAccounts = env.SEED_DEMO_ACCOUNTS ?? !this.isProduction;
    this.admin = { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD };
    this.signals = {
      smgBaseUrl: env.SMG_BASE_URL.replace(/\/+$/, ''),
      pollIntervalMs: env.SIGNAL_POLL_INTERVAL_MS,
      fetchTimeoutMs: env.SIGNAL_FETCH_TIMEOUT_MS,
      capFeedUrl: env.CAP_FEED_URL,
      maxDocumentBytes: env.SIGNAL_MAX_DOCUMENT_BYTES,
    };
    this.push = {
      endpointAllowlist: env.PUSH_ENDPOINT_ALLOWLIST.map((host) => host.toLowerCase().replace(/^\.+|\.+$/g, '')),
      vapidSubject: env.VAPID_SUBJECT,
      concurrency: env.PUSH_CONCURRENCY,
      timeoutMs: env.PUSH_TIMEOUT_MS,
      allowLoopback: env.PUSH_ALLOW_LOOPBACK ?? false,
    };
    this.alertSentInErrorNeedsApproval = env.ALERT_SENT_IN_ERROR_NEEDS_APPROVAL ?? false;
    this.teamSilentAfterMinutes = env.TEAM_SILENT_AFTER_MINUTES;
    this.photoStorage = photoStorageConfig(env);
  }

  /** The database to use; throws when none was configured and no embedded one was started. */
  requireDatabaseUrl(): string {
    if (!this.databaseUrl) {
      throw new ConfigError(['DATABASE_URL: not set; run `npm start` (starts the embedded PostgreSQL) or set it to postgres://…']);
    }
    return this.databaseUrl;
  }
}

export type PhotoStorageConfig =
  | { kind: 'local'; path: string }
  | {
      kind: 's3';
      /** Base URL of the service without the bucket, e.g. `https://s3.us-east-1.amazonaws.com` or `http://minio:9000`. */
      endpoint: string;
      bucket: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
      /** `endpoint/bucket/key` (MinIO and most self-hosted services) instead of `bucket.endpoint/key`. */
      forcePathStyle: boolean;
    };

function photoStorageConfig(env: Env): PhotoStorageConfig {
  if (env.PHOTO_STORAGE === 'local') return { kind: 'local', path: env.PHOTO_STORAGE_PATH };
  return {
    kind: 's3',
    endpoint: (env.S3_ENDPOINT ?? `https://s3.${env.S3_REGION}.amazonaws.com`).replace(/\/+$/, ''),
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
  };
}

/** Validates an environment and returns the configuration, or throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset so `FOO= npm start` behaves like leaving FOO out.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}${describeValue(cleaned, issue.path)}`),
    );
  }
  return new AppConfig(result.data);
}

/**
 * The public origin; outside production also both loopback spellings, so a browser opened at 127.0.0.1 or at
 * localhost connects alike.
 */
function defaultOrigins(publicUrl: string, port: number, isProduction: boolean): string[] {
  const origins = new Set([new URL(publicUrl).origin]);
  if (!isProduction) {
    origins.add(`http://localhost:${port}`);
    origins.add(`http://127.0.0.1:${port}`);
  }
  return [...origins];
}

function describeValue(env: Record<string, string | undefined>, path: PropertyKey[]): string {
  const key = String(path[0] ?? '');
  if (!key || env[key] === undefined || /SECRET|PASSWORD|URL/.test(key)) return '';
  return ` (got "${env[key]}")`;
}
