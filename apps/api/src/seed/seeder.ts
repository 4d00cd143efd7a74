/** One step of `npm run seed`: idempotent, so running it again changes nothing that is already in place. */
export interface Seeder {
  readonly name: string;
  /** Does the work and returns the lines to print. */
  run(): Promise<string[]>;
}

/** The seeders in the order they run (reference data before anything that may refer to it). */
export const SEEDERS = Symbol('SEEDERS');
