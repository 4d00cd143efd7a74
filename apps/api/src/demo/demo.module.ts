import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule, TeamRepository } from '@app/database';
import { PHOTO_STORAGE_PROVIDER } from '../reports/storage/photo-storage.provider.js';
import { SeedModule } from '../seed/seed.module.js';
import { DemoScenarioLoader } from './demo-scenario.loader.js';

/** What `npm run demo` needs: the seed (reference data, shelters, demo accounts) and the scenario loader. */
@Module({
  imports: [ConfigModule, DatabaseModule, SeedModule],
  providers: [PHOTO_STORAGE_PROVIDER, TeamRepository, DemoScenarioLoader],
  exports: [SeedModule, DemoScenarioLoader],
})
export class DemoModule {}
