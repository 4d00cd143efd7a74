import { Controller, Get } from '@nestjs/common';
import type { VapidPublicKeyResponse } from '@app/contracts';
import { Public } from '../auth/auth.decorators.js';
import { VapidKeysService } from './vapid-keys.service.js';

@Controller('api/push')
export class VapidPublicKeyController {
  constructor(private readonly vapid: VapidKeysService) {}

  /** The `applicationServerKey` for `pushManager.subscribe`. */
  @Public()
  @Get('vapid-public-key')
  async publicKey(): Promise<VapidPublicKeyResponse> {
    return { publicKey: (await this.vapid.get()).publicKey };
  }
}
