import { DEV_JWT_SECRET, envSchema } from './env.schema.js';
/** Thrown when the environment is wrong; lists every offending variable. */
export class ConfigError extends Error {
    constructor(problems) {
        super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
/** The validated configuration. The only place in the system that reads process.env. */
export class AppConfig {
    constructor(env) {
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
        this.corsOrigins = env.CORS_ORIGINS ?? [new URL(this.publicUrl).origin];
        this.logLevel = env.LOG_LEVEL;
        this.bodyLimit = env.BODY_LIMIT;
        this.rateLimits = { loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE, publicPerMinute: env.RATE_LIMIT_PUBLIC_PER_MINUTE };
        this.webDistDir = env.WEB_DIST_DIR;
        this.seedDemoAccounts = env.SEED_DEMO_ACCOUNTS ?? !this.isProduction;
        this.admin = { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD };
    }
    /** The database to use; throws when none was configured and no embedded one was started. */
    requireDatabaseUrl() {
        if (!this.databaseUrl) {
            throw new ConfigError(['DATABASE_URL: not set; run `npm start` (starts the embedded PostgreSQL) or set it to postgres://…']);
        }
        return this.databaseUrl;
    }
}
/** Validates an environment and returns the configuration, or throws ConfigError naming every bad variable. */
export function loadConfig(env = process.env) {
    // Empty strings count as unset so `FOO= npm start` behaves like leaving FOO out.
    const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
    const result = envSchema.safeParse(cleaned);
    if (!result.success) {
        throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}${describeValue(cleaned, issue.path)}`));
    }
    return new AppConfig(result.data);
}
function describeValue(env, path) {
    const key = String(path[0] ?? '');
    if (!key || env[key] === undefined || /SECRET|PASSWORD|URL/.test(key))
        return '';
    return ` (got "${env[key]}")`;
}
//# sourceMappingURL=app-config.js.map