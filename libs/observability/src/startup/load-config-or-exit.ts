import { AppConfig, ConfigError, loadConfig } from '@app/config';

/**
 * Validates the environment before anything starts. A wrong or missing value prints the list of problems (no stack
 * trace: the message says everything) and ends the process with exit code 1.
 */
export function loadConfigOrExit(check: (config: AppConfig) => void = () => undefined): AppConfig {
  try {
    const config = loadConfig();
    check(config);
    return config;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}
