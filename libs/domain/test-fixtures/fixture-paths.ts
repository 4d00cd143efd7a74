import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved from this file, not the working directory: CI clones the repository elsewhere with shared/ beside it.
const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const SHARED_FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures');
export const OWN_FIXTURES = here;

/** Bytes of a file under the shared fixtures (../shared/fixtures), e.g. `sharedFixture('smg', 'c_typhoon_8SE.xml')`. */
export function sharedFixture(...parts: string[]): Buffer {
  return readFileSync(path.join(SHARED_FIXTURES, ...parts));
}

/** Bytes of a file under libs/domain/test-fixtures. */
export function ownFixture(...parts: string[]): Buffer {
  return readFileSync(path.join(OWN_FIXTURES, ...parts));
}
