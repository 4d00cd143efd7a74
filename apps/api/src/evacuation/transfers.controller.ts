import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { FIELD_ROLES, HQ_ROLES, type AuthUser, type Transfer, type TransferList } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { TransferDto, TransfersQueryDto } from './evacuation.dto.js';
import { TransfersService } from './transfers.service.js';

@Controller('api/transfers')
export class TransfersController {
  constructor(private readonly transfers: TransfersService) {}

  @Roles(...HQ_ROLES)
  @Get()
  async list(@Query() query: TransfersQueryDto): Promise<TransferList> {
    return { items: await this.transfers.list(query.shelterId) };
  }

  /** 201 for a new transfer; 200 with the stored one when the same transfer is sent again (nothing added twice). */
  @Roles(...HQ_ROLES, ...FIELD_ROLES)
  @Post()
  async record(
    @Body() body: TransferDto,
    @CurrentUser() user: AuthUser,
    @RequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Transfer> {
    const { transfer, created } = await this.transfers.record(body, user, meta);
    res.status(created ? 201 : 200);
    return transfer;
  }
}
