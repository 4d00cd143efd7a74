import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { SignalBoard, SignalHistoryPage, SignalOutlook, SignalOutlookResponse } from '@app/contracts';
import { Public, Roles } from '../auth/auth.decorators.js';
import { RateLimit } from '../http/rate-limit.decorator.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { contentTag } from '../reference/public-cache.interceptor.js';
import { SignalHistoryQuery } from './signal-history.query.js';
import { SignalHistoryService } from './signal-history.service.js';
import { SignalOutlookDto, SignalOutlookQuery } from './signal-outlook.dto.js';
import { SignalOutlookService } from './signal-outlook.service.js';
import { SignalBoardService } from '@app/signals';

/** The board changes within seconds of a feed; clients also get it live over the socket. */
export const SIGNAL_BOARD_MAX_AGE_SECONDS = 5;

/** The shared cross-border board, its history and SMG's outlook: public, because residents see them too. */
@Controller('api/signals')
export class SignalBoardController {
  constructor(
    private readonly board: SignalBoardService,
    private readonly history: SignalHistoryService,
    private readonly outlook: SignalOutlookService,
  ) {}

  @Public()
  @Get('board')
  async current(@Res({ passthrough: true }) response: Response): Promise<SignalBoard> {
    const board = await this.board.current();
    response.setHeader('Cache-Control', `public, max-age=${SIGNAL_BOARD_MAX_AGE_SECONDS}`);
    // The tag leaves out generatedAt, so a client revalidating an unchanged board gets 304.
    response.setHeader('ETag', contentTag(board.entries));
    return board;
  }

  /** Uncached and up to 500 rows: counted per client address, unlike the cacheable board. */
  @Public()
  @RateLimit('public')
  @Get('history')
  list(@Query() query: SignalHistoryQuery): Promise<SignalHistoryPage> {
    return this.history.list(query);
  }

  @Public()
  @Get('outlook')
  currentOutlook(@Query() query: SignalOutlookQuery): Promise<SignalOutlookResponse> {
    return this.outlook.get(query.authority, query.hazard);
  }

  /** Replaces the outlook table; clients hear `signal.board` and read it again. */
  @Roles('operator', 'commander', 'admin')
  @Put('outlook')
  replaceOutlook(@Body() body: SignalOutlookDto, @RequestMeta() meta: RequestMeta): Promise<SignalOutlook> {
    return this.outlook.replace(body, meta);
  }
}
