import { Body, Controller, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { FIELD_ROLES, HQ_ROLES, type AuthUser, type WelfareCheck } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { WelfareCheckDto } from './evacuation.dto.js';
import { WelfareChecksService } from './welfare-checks.service.js';

@Controller('api/welfare-checks')
export class WelfareChecksController {
  constructor(private readonly checks: WelfareChecksService) {}

  /** 201 for a new check; 200 with the stored check when the same one is sent again. */
  @Roles(...HQ_ROLES, ...FIELD_ROLES)
  @Post()
  async record(
    @Body() body: WelfareCheckDto,
    @CurrentUser() user: AuthUser,
    @RequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WelfareCheck> {
    const { check, created } = await this.checks.record(body, user, meta);
    res.status(created ? 201 : 200);
    return check;
  }
}
