import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AccountsSeeder } from '../accounts/accounts.seeder.js';
import { ReferenceDataSeeder } from '../reference/reference-data.seeder.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { SheltersSeedModule } from '../evacuation/shelters-seed.module.js';
import { SheltersSeeder } from '../evacuation/shelters.seeder.js';
import { SeedRunner } from './seed.runner.js';
import { SEEDERS, type Seeder } from './seeder.js';

/** What `npm run seed` runs: reference data first, shelters from its shelter places, then the initial staff accounts. */
@Module({
  imports: [ConfigModule, DatabaseModule, ReferenceModule, SheltersSeedModule, AccountsModule],
  providers: [
    {
      provide: SEEDERS,
      inject: [ReferenceDataSeeder, SheltersSeeder, AccountsSeeder],
      useFactory: (reference: ReferenceDataSeeder, shelters: SheltersSeeder, accounts: AccountsSeeder): Seeder[] => [reference, shelters, { name: 'accounts', run: () => accounts.run() }],
    },
    SeedRunner,
  ],
  exports: [SeedRunner],
})
export class SeedModule {}
