import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditPage, AuditVerifyResult } from '@app/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { AuditQueryDto } from './audit-query.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('api/audit')
@Roles('commander', 'admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.audit.list(query);
  }

  /** Recomputes the whole hash chain in the database; `valid: false` names the first row that was altered. */
  @Get('verify')
  verify(): Promise<AuditVerifyResult> {
    return this.audit.verify();
  }
}
