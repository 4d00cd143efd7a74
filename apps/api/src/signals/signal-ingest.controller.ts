import { Body, Controller, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { SignalIngestResult } from '@app/contracts';
import { AppConfig } from '@app/config';
import { auditActor } from '../audit/audit-actor.js';
import { Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { ManualSignalDto } from './manual-signal.dto.js';
import { ManualSignalService } from './manual-signal.service.js';
import { CapIngestService } from '@app/signals';
import { readXmlBody } from './xml-body.reader.js';

/** 201 when the board changed, 200 otherwise (held, unchanged, not live, ignored). */
function statusOf(result: SignalIngestResult): number {
  return result.outcome === 'changed' ? HttpStatus.CREATED : HttpStatus.OK;
}

/** Signals entered by HQ operators: CAP messages uploaded as XML, and manual entries. */
@Controller('api/signals')
@Roles('operator', 'commander', 'admin')
export class SignalIngestController {
  constructor(
    private readonly cap: CapIngestService,
    private readonly manual: ManualSignalService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Body: the CAP 1.2 XML itself (`Content-Type: application/xml` or `text/xml`). 422 lists what is wrong with it. */
  @Post('cap')
  async uploadCap(@Req() request: Request, @Res({ passthrough: true }) response: Response, @RequestMeta() meta: RequestMeta): Promise<SignalIngestResult> {
    const bytes = await readXmlBody(request, response, this.config.signals.maxDocumentBytes);
    const result = await this.cap.ingest({ bytes, url: null, contentType: request.headers['content-type'] ?? null, actor: auditActor(meta) });
    response.status(statusOf(result));
    return result;
  }

  @Post('manual')
  async enterManual(@Body() body: ManualSignalDto, @Res({ passthrough: true }) response: Response, @RequestMeta() meta: RequestMeta): Promise<SignalIngestResult> {
    const result = await this.manual.enter(body, meta);
    response.status(statusOf(result));
    return result;
  }
}
