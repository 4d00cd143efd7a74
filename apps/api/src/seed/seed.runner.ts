import { Inject, Injectable } from '@nestjs/common';
import { SEEDERS, type Seeder } from './seeder.js';

/** Runs every seeder in order, one at a time; the first failure stops the rest. */
@Injectable()
export class SeedRunner {
  constructor(@Inject(SEEDERS) private readonly seeders: Seeder[]) {}

  async run(): Promise<string[]> {
    const lines: string[] = [];
    for (const seeder of this.seeders) {
      try {
        lines.push(...(await seeder.run()));
      } catch (err) {
        throw new SeedError(seeder.name, err);
      }
    }
    return lines;
  }
}

/** Names the seeder that failed; the cause keeps the original error. */
export class SeedError extends Error {
  constructor(
    readonly seeder: string,
    cause: unknown,
  ) {
    super(`Seeding ${seeder} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SeedError';
  }
}
