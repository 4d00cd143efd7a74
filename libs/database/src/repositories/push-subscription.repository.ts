import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language } from '@app/contracts';
import { PushSubscriptionEntity } from '../entities/push-subscription.entity.js';

export interface PushSubscriptionUpsert {
  endpoint: string;
  p256dh: string;
  auth: string;
  language: Language;
  areaIds: string[];
  enrolledForDrills: boolean;
  manageTokenHash: Buffer;
}

export interface PushSubscriptionSettingsPatch {
  language?: Language;
  areaIds?: string[];
  enrolledForDrills?: boolean;
}

/** Resident push subscriptions. Changes that need the manage token match id and token hash in one statement. */
@Injectable()
export class PushSubscriptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts, or updates the row with the same endpoint (the browser subscribed again): keys, settings and the manage
   * token are replaced and the failure count starts over; the id and an admin's test-device flag stay.
   */
  async upsert(input: PushSubscriptionUpsert): Promise<{ id: string; created: boolean }> {
    const rows = await this.dataSource.query<{ id: string; created: boolean }[]>(
      `INSERT INTO push_subscriptions AS s (endpoint, p256dh, auth, language, area_ids, enrolled_for_drills, manage_token_hash)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7)
       ON CONFLICT (endpoint) DO UPDATE
         SET p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, language = EXCLUDED.language, area_ids = EXCLUDED.area_ids,
             enrolled_for_drills = EXCLUDED.enrolled_for_drills, manage_token_hash = EXCLUDED.manage_token_hash,
             failure_count = 0, updated_at = now()
       RETURNING s.id, (s.xmax = 0) AS created`,
      [input.endpoint, input.p256dh, input.auth, input.language, input.areaIds, input.enrolledForDrills, input.manageTokenHash],
    );
    return rows[0];
  }

  /** Applies the patch when id and token hash match; null when they do not (unknown id or wrong token alike). */
  async updateWithToken(id: string, manageTokenHash: Buffer, patch: PushSubscriptionSettingsPatch): Promise<PushSubscriptionEntity | null> {
    // UPDATE answers [rows, affected count] through TypeORM's postgres driver.
    const [rows] = await this.dataSource.query<[Record<string, unknown>[], number]>(
      `UPDATE push_subscriptions
         SET language = COALESCE($3, language), area_ids = COALESCE($4::text[], area_ids),
             enrolled_for_drills = COALESCE($5, enrolled_for_drills), updated_at = now()
       WHERE id = $1 AND manage_token_hash = $2
       RETURNING *`,
      [id, manageTokenHash, patch.language ?? null, patch.areaIds ?? null, patch.enrolledForDrills ?? null],
    );
    return rows.length === 0 ? null : toEntity(rows[0]);
  }

  /** Deletes when id and token hash match; false when they do not. */
  async deleteWithToken(id: string, manageTokenHash: Buffer): Promise<boolean> {
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM push_subscriptions WHERE id = $1 AND manage_token_hash = $2`,
      [id, manageTokenHash],
    );
    return affected > 0;
  }

  /** Sets the test-device flag inside the caller's transaction; the row before the change, or null when unknown. */
  async setTestDevice(manager: EntityManager, id: string, testDevice: boolean): Promise<{ before: boolean } | null> {
    const [rows] = await manager.query<[{ before: boolean }[], number]>(
      `UPDATE push_subscriptions AS s SET test_device = $2, updated_at = now()
       FROM (SELECT id, test_device FROM push_subscriptions WHERE id = $1 FOR UPDATE) AS old
       WHERE s.id = old.id
       RETURNING old.test_device AS before`,
      [id, testDevice],
    );
    return rows.length === 0 ? null : rows[0];
  }

  findById(id: string): Promise<PushSubscriptionEntity | null> {
    return this.dataSource.manager.findOneBy(PushSubscriptionEntity, { id });
  }
}

function toEntity(row: Record<string, unknown>): PushSubscriptionEntity {
  return Object.assign(new PushSubscriptionEntity(), {
    id: row.id,
    endpoint: row.endpoint,
    p256dh: row.p256dh,
    auth: row.auth,
    language: row.language,
    areaIds: row.area_ids,
    enrolledForDrills: row.enrolled_for_drills,
    testDevice: row.test_device,
    manageTokenHash: row.manage_token_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSuccessAt: row.last_success_at,
    failureCount: row.failure_count,
  });
}
