import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HQ_ROLES, type AuthUser, type HelpRequest, type ResidentStatusCounts, type ResidentStatusReceipt } from '@app/contracts';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { RateLimit } from '../http/rate-limit.decorator.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { HelpRequestIdParamDto, HelpRequestsQueryDto, ResidentStatusDto, StatusCountsQueryDto } from './resident-status.dto.js';
import { ResidentsService } from './residents.service.js';

@Controller('api/residents')
export class ResidentsController {
  constructor(private readonly residents: ResidentsService) {}

  /** 201 with a new receipt; 200 with the original receipt when the same report is sent again. */
  @Public()
  @RateLimit('public')
  @Post('status')
  async report(@Body() body: ResidentStatusDto, @Res({ passthrough: true }) res: Response): Promise<ResidentStatusReceipt> {
    const { receipt, created } = await this.residents.report(body);
    res.status(created ? 201 : 200);
    return receipt;
  }

  /** Counts only, no contact data: the liaison sees them too. */
  @Roles(...HQ_ROLES, 'liaison')
  @Get('status-counts')
  counts(@Query() query: StatusCountsQueryDto): Promise<ResidentStatusCounts> {
    return this.residents.counts(query.alertId ?? null);
  }

  /** Carries residents' contact details: HQ roles only. */
  @Roles(...HQ_ROLES)
  @Get('help-requests')
  helpRequests(@Query() query: HelpRequestsQueryDto): Promise<HelpRequest[]> {
    return this.residents.helpRequests(query.open === 'true');
  }

  @Roles(...HQ_ROLES)
  @Post('help-requests/:id/handled')
  @HttpCode(200)
  markHandled(@Param() params: HelpRequestIdParamDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<HelpRequest> {
    return this.residents.markHandled(params.id, user, meta);
  }
}
