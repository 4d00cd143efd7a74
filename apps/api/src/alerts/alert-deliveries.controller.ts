import { Controller, Get, Param } from '@nestjs/common';
import { HQ_ROLES, type AlertAudience, type DeliverySummary } from '@app/contracts';
import { DeliverySummaryService } from '@app/dispatch';
import { Roles } from '../auth/auth.decorators.js';
import { AlertIdParamDto } from './alert.dto.js';

/** Who an alert reaches before approval, and how its dispatch is going after. */
@Controller('api/alerts')
export class AlertDeliveriesController {
  constructor(private readonly deliveries: DeliverySummaryService) {}

  @Roles(...HQ_ROLES)
  @Get(':id/audience')
  audience(@Param() params: AlertIdParamDto): Promise<AlertAudience> {
    return this.deliveries.audience(params.id);
  }

  @Roles(...HQ_ROLES)
  @Get(':id/deliveries/summary')
  summary(@Param() params: AlertIdParamDto): Promise<DeliverySummary> {
    return this.deliveries.summary(params.id);
  }
}
