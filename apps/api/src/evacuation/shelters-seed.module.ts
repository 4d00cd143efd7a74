import { Module } from '@nestjs/common';
import { AuditRepository, ShelterRepository } from '@app/database';
import { SheltersSeeder } from './shelters.seeder.js';

/** What `npm run seed` needs for shelters, without the api's realtime and HTTP parts. */
@Module({
  providers: [ShelterRepository, AuditRepository, SheltersSeeder],
  exports: [SheltersSeeder],
})
export class SheltersSeedModule {}
