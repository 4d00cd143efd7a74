import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { FIELD_ROLES, HQ_ROLES, type AuthUser, type VulnerableResident, type VulnerableResidentList } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { EvacuationIdParamDto, VulnerableResidentDto, VulnerableResidentPatchDto, VulnerableResidentsQueryDto } from './evacuation.dto.js';
import { VulnerableResidentsService } from './vulnerable-residents.service.js';

/** The register carries contact data: HQ roles, and field accounts for the residents on their own open tasks. */
@Controller('api/vulnerable-residents')
export class VulnerableResidentsController {
  constructor(private readonly residents: VulnerableResidentsService) {}

  @Roles(...HQ_ROLES, ...FIELD_ROLES)
  @Get()
  async list(@Query() query: VulnerableResidentsQueryDto, @CurrentUser() user: AuthUser): Promise<VulnerableResidentList> {
    return { items: await this.residents.list(query, user) };
  }

  @Roles(...HQ_ROLES)
  @Post()
  create(@Body() body: VulnerableResidentDto, @RequestMeta() meta: RequestMeta): Promise<VulnerableResident> {
    return this.residents.create(body, meta);
  }

  @Roles(...HQ_ROLES)
  @Patch(':id')
  update(@Param() params: EvacuationIdParamDto, @Body() body: VulnerableResidentPatchDto, @RequestMeta() meta: RequestMeta): Promise<VulnerableResident> {
    return this.residents.update(params.id, body, meta);
  }
}
