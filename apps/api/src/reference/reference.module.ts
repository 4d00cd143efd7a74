import { Module } from '@nestjs/common';
import { ReferenceRepository } from '@app/database';
import { AuditModule } from '../audit/audit.module.js';
import { ReferenceDataSeeder } from './reference-data.seeder.js';
import { ReferenceController } from './reference.controller.js';
import { ReferenceService } from './reference.service.js';

/** Areas and places: the public read endpoints and the seeder that writes the bundled data. */
@Module({
  imports: [AuditModule],
  controllers: [ReferenceController],
  providers: [ReferenceRepository, ReferenceService, ReferenceDataSeeder],
  exports: [ReferenceRepository, ReferenceDataSeeder],
})
export class ReferenceModule {}
