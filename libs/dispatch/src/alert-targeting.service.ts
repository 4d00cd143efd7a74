import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AlertStatus, AlertTarget } from '@app/contracts';
import type { DeliveryTargeting } from '@app/database';
import { audienceForStatus, targetAreaIds, type AreaCentroid } from './alert-target-areas.js';

/** Turns an alert's status and target into the subscription filter used by both the fan-out and the audience count. */
@Injectable()
export class AlertTargetingService {
  constructor(private readonly dataSource: DataSource) {}

  async targetingFor(alert: { status: AlertStatus; target: AlertTarget }): Promise<DeliveryTargeting> {
    const drawn = alert.target.polygons.length > 0 || alert.target.circles.length > 0;
    const areas = drawn ? await this.areaCentroids() : [];
    return { areaIds: targetAreaIds(alert.target, areas), audience: audienceForStatus(alert.status) };
  }

  private areaCentroids(): Promise<AreaCentroid[]> {
    return this.dataSource.query(`SELECT id, centroid_lat AS lat, centroid_lon AS lon FROM areas`);
  }
}
