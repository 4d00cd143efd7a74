import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { FIELD_ROLES, HQ_ROLES, type Shelter, type ShelterList } from '@app/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { EvacuationIdParamDto, ShelterDepartureDto, ShelterDto, ShelterPatchDto } from './evacuation.dto.js';
import { SheltersService } from './shelters.service.js';

@Controller('api/shelters')
export class SheltersController {
  constructor(private readonly shelters: SheltersService) {}

  /** Names, capacity and occupancy only (no people data): field units pick a shelter, the liaison follows the counts. */
  @Roles(...HQ_ROLES, ...FIELD_ROLES, 'liaison')
  @Get()
  async list(): Promise<ShelterList> {
    return { items: await this.shelters.list() };
  }

  @Roles(...HQ_ROLES)
  @Post()
  create(@Body() body: ShelterDto, @RequestMeta() meta: RequestMeta): Promise<Shelter> {
    return this.shelters.create(body, meta);
  }

  @Roles(...HQ_ROLES)
  @Patch(':id')
  update(@Param() params: EvacuationIdParamDto, @Body() body: ShelterPatchDto, @RequestMeta() meta: RequestMeta): Promise<Shelter> {
    return this.shelters.update(params.id, body, meta);
  }

  /** People left the shelter; answers with the shelter's new occupancy. */
  @Roles(...HQ_ROLES)
  @Post(':id/departures')
  @HttpCode(201)
  depart(@Param() params: EvacuationIdParamDto, @Body() body: ShelterDepartureDto, @RequestMeta() meta: RequestMeta): Promise<Shelter> {
    return this.shelters.depart(params.id, body, meta);
  }
}
