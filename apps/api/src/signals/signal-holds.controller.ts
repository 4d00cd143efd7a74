import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import type { SignalHoldList, SignalIngestResult } from '@app/contracts';
import { auditActor } from '../audit/audit-actor.js';
import { Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { HoldDecisionDto } from './hold-decision.dto.js';
import { requireTrack } from './signal-catalogue.checks.js';
import { SignalTrackParams } from './signal-track.params.js';
import { SignalHoldService } from '@app/signals';

/** Readings held as implausible, for HQ operators to confirm or reject. */
@Controller('api/signals/holds')
@Roles('operator', 'commander', 'admin')
export class SignalHoldsController {
  constructor(private readonly holds: SignalHoldService) {}

  @Get()
  async list(): Promise<SignalHoldList> {
    return { items: await this.holds.listOpen() };
  }

  @Post(':authority/:area/:hazard/confirm')
  @HttpCode(HttpStatus.CREATED)
  confirm(@Param() key: SignalTrackParams, @Body() body: HoldDecisionDto, @RequestMeta() meta: RequestMeta): Promise<SignalIngestResult> {
    requireTrack(key);
    return this.holds.confirm({ authority: key.authority, area: key.area, hazard: key.hazard }, body.reason.trim(), auditActor(meta));
  }

  @Post(':authority/:area/:hazard/reject')
  @HttpCode(HttpStatus.OK)
  reject(@Param() key: SignalTrackParams, @Body() body: HoldDecisionDto, @RequestMeta() meta: RequestMeta): Promise<SignalIngestResult> {
    requireTrack(key);
    return this.holds.reject({ authority: key.authority, area: key.area, hazard: key.hazard }, body.reason.trim(), auditActor(meta));
  }
}
