import type { AppConfig } from '@app/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../accounts/accounts.seeder.js';

export interface BannerFacts {
  config: AppConfig;
  /** How the database was chosen, e.g. "embedded PostgreSQL in .data/postgres (port 5488)". */
  database: string;
}

/** What `npm start` prints once the api answers: where to go, and how to log in outside production. */
export function startBanner({ config, database }: BannerFacts): string {
  const base = config.publicUrl.replace(/\/+$/, '');
  const workerBase = `http://localhost:${config.workerPort}`;
  const lines = [
    '',
    'Qinao Alert is running.',
    '',
    `  App             ${base}/`,
    `  Command centre  ${base}/command`,
    `  Public alerts   ${base}/alerts`,
    `  API docs        ${base}/api/docs`,
    `  Health          ${base}/health   (worker: ${workerBase}/health)`,
    `  Metrics         ${base}/metrics  (worker: ${workerBase}/metrics)`,
    '',
    `  Database        ${database}`,
    `  Queues          ${config.redisUrl ? 'Redis (REDIS_URL)' : 'PostgreSQL (REDIS_URL is not set)'}`,
  ];
  if (!config.isProduction && config.seedDemoAccounts) {
    lines.push('', `  Demo accounts   ${DEMO_ACCOUNTS.map((account) => account.username).join(', ')} (password: ${DEMO_PASSWORD})`);
  }
  lines.push('', 'Press Ctrl+C to stop.', '');
  return lines.join('\n');
}
