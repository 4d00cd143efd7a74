import { QueryFailedError } from 'typeorm';
import { DomainError } from '@app/domain';

/**
 * Turns a unique or foreign-key violation of a named constraint into the DomainError the caller would have got
 * from the check made before the write (two requests racing past that check land here). Anything else is rethrown.
 */
export function constraintError(err: unknown, known: Record<string, () => DomainError>): unknown {
  if (err instanceof QueryFailedError) {
    const { code, constraint } = err.driverError as { code?: string; constraint?: string };
    if ((code === '23505' || code === '23503') && constraint && known[constraint]) return known[constraint]();
  }
  return err;
}
