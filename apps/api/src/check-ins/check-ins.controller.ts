import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HQ_ROLES, type AuthUser, type CheckIn, type CheckInList } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { CheckInDto, CheckInListQueryDto } from './check-in.dto.js';
import { CheckInsService } from './check-ins.service.js';

/** Check-ins (`/api/check-ins`): field members send them, the HQ reads them. */
@Controller('api/check-ins')
export class CheckInsController {
  constructor(private readonly checkIns: CheckInsService) {}

  /** 201 with the stored check-in; 200 with the same one for a resend (same clientId, same body); 409 otherwise. */
  @Roles(...HQ_ROLES, 'inspector', 'crew_lead')
  @Post()
  async checkIn(@Body() body: CheckInDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta, @Res({ passthrough: true }) response: Response): Promise<CheckIn> {
    const { checkIn, created } = await this.checkIns.checkIn(body, user, meta);
    response.status(created ? 201 : 200);
    return checkIn;
  }

  /** Newest first, of one unit (`?teamId=`) or of all. */
  @Roles(...HQ_ROLES)
  @Get()
  list(@Query() query: CheckInListQueryDto): Promise<CheckInList> {
    return this.checkIns.list(query);
  }
}
