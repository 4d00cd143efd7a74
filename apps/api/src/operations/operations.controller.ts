import { Controller, Get, Query } from '@nestjs/common';
import { HQ_ROLES, type AuthUser, type OperationsKpis, type OperationsOverview } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { KpisQueryDto } from './operations-query.dto.js';
import { OperationsKpisService } from './operations-kpis.service.js';
import { OperationsOverviewService } from './operations-overview.service.js';

@Controller('api/operations')
export class OperationsController {
  constructor(
    private readonly kpis: OperationsKpisService,
    private readonly overviews: OperationsOverviewService,
  ) {}

  /** Aggregates only, no names or places of people: the Macau liaison sees them too. */
  @Roles(...HQ_ROLES, 'liaison')
  @Get('kpis')
  figures(@Query() query: KpisQueryDto): Promise<OperationsKpis> {
    return this.kpis.kpis(query.since);
  }

  /** Names, positions and contact phones of units: HQ roles only. */
  @Roles(...HQ_ROLES)
  @Get('overview')
  overview(@CurrentUser() user: AuthUser): Promise<OperationsOverview> {
    return this.overviews.overview(user);
  }
}
