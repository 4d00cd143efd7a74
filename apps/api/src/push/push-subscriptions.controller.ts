import { Body, Controller, Delete, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PUSH_SUBSCRIPTION_TOKEN_HEADER, type PushSubscribeResponse, type PushSubscriptionSettings } from '@app/contracts';
import { Public, Roles } from '../auth/auth.decorators.js';
import { RateLimit } from '../http/rate-limit.decorator.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { PushSubscriptionsService } from './push-subscriptions.service.js';
import { SubscribeDto } from './subscribe.dto.js';
import { SubscriptionSettingsDto } from './subscription-settings.dto.js';
import { TestDeviceDto } from './test-device.dto.js';

@Controller('api/push/subscriptions')
export class PushSubscriptionsController {
  constructor(private readonly subscriptions: PushSubscriptionsService) {}

  /** 201 with a new subscription; 200 when the endpoint was already subscribed (same id, new manage token). */
  @Public()
  @RateLimit('public')
  @Post()
  async subscribe(@Body() body: SubscribeDto, @Res({ passthrough: true }) res: Response): Promise<PushSubscribeResponse> {
    const { id, manageToken, created } = await this.subscriptions.subscribe(body);
    res.status(created ? 201 : 200);
    return { id, manageToken };
  }

  @Public()
  @RateLimit('public')
  @Patch(':id')
  update(@Param('id') id: string, @Headers(PUSH_SUBSCRIPTION_TOKEN_HEADER) token: string | undefined, @Body() body: SubscriptionSettingsDto): Promise<PushSubscriptionSettings> {
    return this.subscriptions.update(id, token, body);
  }

  @Public()
  @RateLimit('public')
  @Delete(':id')
  @HttpCode(204)
  async unsubscribe(@Param('id') id: string, @Headers(PUSH_SUBSCRIPTION_TOKEN_HEADER) token: string | undefined): Promise<void> {
    await this.subscriptions.unsubscribe(id, token);
  }

  /** Test alerts reach only devices an admin flagged here. */
  @Roles('admin')
  @Patch(':id/test-device')
  setTestDevice(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TestDeviceDto, @RequestMeta() meta: RequestMeta): Promise<{ id: string; testDevice: boolean }> {
    return this.subscriptions.setTestDevice(id, body.testDevice, meta);
  }
}
