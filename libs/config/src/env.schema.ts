import { z } from 'zod';

const DEV_JWT_SECRET = 'qinao-development-secret-never-use-in-production';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce
  .number({ message: 'expected a port number' })
  .int('expected a whole number')
  .min(1, 'expected a port between 1 and 65535')
  .max(65535, 'expected a port between 1 and 65535');

const positiveInt = (what: string) =>
  z.coerce.number({ message: `expected ${what}` }).int(`expected ${what}`).positive(`expected ${what} above 0`);

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `expected a URL starting with ${protocols.map((p) => p + '//').join(' or ')}` },
  );

// Express's `trust proxy`: false, true, a number of proxy hops, or addresses/subnets (loopback, 10.0.0.0/8, …).
const trustProxy = z
  .string()
  .refine((v) => /^(true|false|\d+)$/.test(v) || v.split(',').every((part) => /^\s*(loopback|linklocal|uniquelocal|[0-9a-f:.]+(\/\d{1,3})?)\s*$/i.test(part)), {
    message: 'expected false, true, a number of proxy hops, or a comma-separated list such as loopback,10.0.0.0/8',
  })
  .transform((v): boolean | number | string[] => {
    if (v === 'true' || v === 'false') return v === 'true';
    if (/^\d+$/.test(v)) return Number(v);
    return v.split(',').map((s) => s.trim()).filter(Boolean);
  });

const commaList = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

/**
 * Every environment variable the system reads. Defaults fit the embedded single-machine setup;
 * README's configuration table is written from this schema.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'expected development, production or test' }).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    WORKER_PORT: port.default(3001),
    PUBLIC_URL: url(['http:', 'https:']).optional(),
    DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
    DATABASE_POOL_SIZE: positiveInt('a pool size').default(10),
    EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
    EMBEDDED_PG_PORT: port.default(5488),
    REDIS_URL: url(['redis:', 'rediss:']).optional(),
    QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i, 'expected letters, digits, _ or -').default('qinao'),
    JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: positiveInt('a number of seconds').default(900),
    REFRESH_TOKEN_TTL_SECONDS: positiveInt('a number of seconds').default(14 * 24 * 3600),
    CORS_ORIGINS: commaList.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'expected fatal, error, warn, info, debug, trace or silent' }).default('info'),
    BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 1mb').default('100kb'),
    TRUST_PROXY: trustProxy.default(false),
    RATE_LIMIT_LOGIN_PER_MINUTE: positiveInt('a number of requests').default(10),
    RATE_LIMIT_PUBLIC_PER_MINUTE: positiveInt('a number of requests').default(120),
    WEB_DIST_DIR: z.string().min(1).default('dist/web'),
    SEED_DEMO_ACCOUNTS: booleanString.optional(),
    ADMIN_USERNAME: z.string().min(3).default('admin'),
    ADMIN_PASSWORD: z.string().min(12, 'expected at least 12 characters').optional(),
    SMG_BASE_URL: url(['http:', 'https:']).default('https://xml.smg.gov.mo'),
    SIGNAL_POLL_INTERVAL_MS: positiveInt('a number of milliseconds').default(60_000),
    SIGNAL_FETCH_TIMEOUT_MS: positiveInt('a number of milliseconds').default(10_000),
    CAP_FEED_URL: url(['http:', 'https:']).optional(),
    SIGNAL_MAX_DOCUMENT_BYTES: positiveInt('a number of bytes').default(512 * 1024),
    PUSH_ENDPOINT_ALLOWLIST: commaList
      .pipe(z.array(z.string().regex(/^[a-z0-9.-]+$/i, 'expected host names such as fcm.googleapis.com')).min(1, 'expected at least one host'))
      .default(['fcm.googleapis.com', 'push.services.mozilla.com', 'web.push.apple.com', 'notify.windows.com']),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, 'expected mailto:someone@example.org or an https:// URL')
      .default('mailto:push-admin@qinao-alert.org'),
    PUSH_CONCURRENCY: positiveInt('a number of requests').default(48),
    PUSH_TIMEOUT_MS: positiveInt('a number of milliseconds').default(10_000),
    PUSH_ALLOW_LOOPBACK: booleanString.optional(),
    ALERT_SENT_IN_ERROR_NEEDS_APPROVAL: booleanString.optional(),
    TEAM_SILENT_AFTER_MINUTES: positiveInt('a number of minutes').default(30),
    PHOTO_STORAGE: z.enum(['local', 's3'], { message: 'expected local or s3' }).default('local'),
    PHOTO_STORAGE_PATH: z.string().min(1).default('.data/photos'),
    S3_ENDPOINT: url(['http:', 'https:']).optional(),
    S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'expected an S3 bucket name (3–63 lower-case letters, digits, . or -)').optional(),
    S3_REGION: z.string().regex(/^[a-z0-9-]+$/, 'expected a region such as us-east-1').default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanString.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'required in production (at least 32 random characters)' });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required in production (postgres://user:pass@host:5432/db)' });
    }
    if (env.PHOTO_STORAGE === 's3') {
      for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required when PHOTO_STORAGE is s3' });
      }
    }
    if (env.NODE_ENV === 'production' && env.PUSH_ALLOW_LOOPBACK) {
      ctx.addIssue({ code: 'custom', path: ['PUSH_ALLOW_LOOPBACK'], message: 'not allowed in production (it lets subscriptions point at this machine)' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export { DEV_JWT_SECRET };
