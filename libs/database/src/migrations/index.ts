import { Platform1764100000000 } from './1764100000000-platform.js';

/** Every migration, oldest first. New migrations are appended here. */
export const MIGRATIONS = [Platform1764100000000];
