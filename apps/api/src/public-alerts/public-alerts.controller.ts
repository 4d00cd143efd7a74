import { createHash } from 'node:crypto';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { PublicAlertList } from '@app/contracts';
import { Public } from '../auth/auth.decorators.js';
import { PUBLIC_ALERTS_DEFAULT_LIMIT, PublicAlertsQueryDto } from './public-alerts.query.dto.js';
import { PublicAlertsService } from './public-alerts.service.js';

/**
 * `GET /api/alerts/public`. Its module is registered before the alerts module, so this route is matched before
 * `GET /api/alerts/:id`.
 */
@Controller('api/alerts/public')
export class PublicAlertsController {
  constructor(private readonly alerts: PublicAlertsService) {}

  /**
   * Every resident page polls this when the socket is down: caches and browsers may keep it 15 s, and a
   * revalidation with If-None-Match gets 304 (Express compares the ETag set here).
   */
  @Public()
  @Get()
  async list(@Query() query: PublicAlertsQueryDto, @Res({ passthrough: true }) res: Response): Promise<PublicAlertList> {
    const body = await this.alerts.list(query.limit ?? PUBLIC_ALERTS_DEFAULT_LIMIT);
    // `current` changes as alerts expire, so it is part of the body the tag is computed over.
    const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
    res.setHeader('Cache-Control', 'public, max-age=15');
    res.setHeader('ETag', etag);
    return body;
  }
}
