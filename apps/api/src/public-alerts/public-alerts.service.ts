import { Injectable } from '@nestjs/common';
import type { PublicAlertList } from '@app/contracts';
import { PublicAlertRepository } from '@app/database';
import { toPublicAlert } from './public-alert.mapper.js';

@Injectable()
export class PublicAlertsService {
  constructor(private readonly alerts: PublicAlertRepository) {}

  /** Published Actual Public alerts: current ones first, then recent history. */
  async list(limit: number): Promise<PublicAlertList> {
    const now = new Date();
    return { items: (await this.alerts.list(now, limit)).map((row) => toPublicAlert(row, now)) };
  }
}
