import { Injectable } from '@nestjs/common';
import type { AuthUser, HazardReport } from '@app/contracts';
import { HAZARD_OPEN_STATES, type HazardCategory, type HazardReportState } from '@app/contracts';
import { HazardReportRepository, type HazardPhotoEntity, type HazardReportEntity } from '@app/database';
import { DomainError } from '@app/domain';
import { toHazardReport } from './hazard-report.mapper.js';
import { viewerOf } from './hazard-report.viewer.js';
import { PhotoStorage, type StoredPhoto } from './storage/photo-storage.js';

export const HAZARD_REPORT_LIST_LIMIT = 500;

export interface HazardReportListQuery {
  state?: HazardReportState;
  category?: HazardCategory;
  open?: boolean;
}

/** Reading reports: lists, one report, one photo, each limited to what the caller may see. */
@Injectable()
export class HazardReportViewsService {
  constructor(
    private readonly reports: HazardReportRepository,
    private readonly storage: PhotoStorage,
  ) {}

  async list(query: HazardReportListQuery, user: AuthUser): Promise<HazardReport[]> {
    const rows = await this.reports.list({ ...query, openStates: HAZARD_OPEN_STATES, limit: HAZARD_REPORT_LIST_LIMIT }, viewerOf(user));
    return this.views(rows);
  }

  async get(id: string, user: AuthUser): Promise<HazardReport> {
    const row = await this.reports.findVisible(id, viewerOf(user));
    if (!row) throw notFound(id);
    return (await this.views([row]))[0];
  }

  /** The photo's stored bytes; 404 for a report the caller may not see, as for one that does not exist. */
  async photo(reportId: string, photoId: string, user: AuthUser): Promise<{ photo: HazardPhotoEntity; stored: StoredPhoto }> {
    const row = await this.reports.findVisible(reportId, viewerOf(user));
    if (!row) throw notFound(reportId);
    const photo = await this.reports.findPhoto(reportId, photoId);
    if (!photo) throw new DomainError('not_found', 'hazard_photo_not_found', `Report ${reportId} has no photo ${photoId}.`);
    const stored = await this.storage.get(photo.storageKey);
    if (!stored) throw new DomainError('not_found', 'hazard_photo_missing', `The photo ${photoId} is not in the photo store.`);
    return { photo, stored };
  }

  /** Reports with their steps and photos, read in two queries whatever the number of reports. */
  async views(rows: HazardReportEntity[]): Promise<HazardReport[]> {
    const ids = rows.map((row) => row.id);
    const [steps, photos] = await Promise.all([this.reports.stepsOf(ids), this.reports.photosOf(ids)]);
    const stepsOf = groupBy(steps, (step) => step.reportId);
    const photosOf = groupBy(photos, (photo) => photo.reportId);
    return rows.map((row) => toHazardReport(row, stepsOf.get(row.id) ?? [], photosOf.get(row.id) ?? []));
  }
}

export function notFound(id: string): DomainError {
  return new DomainError('not_found', 'hazard_report_not_found', `No hazard report with id ${id}.`);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
