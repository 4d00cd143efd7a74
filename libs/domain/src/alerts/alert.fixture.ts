import type { Alert, AlertContent, AlertStatus } from '@app/contracts';
import { draftFromTemplate } from './alert-template.catalogue.js';

/** Fixed clock for specs: 2026-09-05 10:00 Macau time. */
export const FIXTURE_NOW = new Date('2026-09-05T02:00:00.000Z');

/** A stored alert built from a template, for specs; override any field. */
export function alertFixture(overrides: Partial<Alert> = {}, templateId = 'smg-tc8-issued', status: AlertStatus = 'Actual'): Alert {
  const content: AlertContent = draftFromTemplate(templateId, { status, now: FIXTURE_NOW });
  return {
    ...content,
    id: '5b0c1d8e-4a5f-4c47-9d1e-2f6a7b8c9d0e',
    state: 'draft',
    identifier: null,
    sender: null,
    sent: null,
    replacesAlertId: null,
    createdBy: 'operator-1',
    createdAt: FIXTURE_NOW.toISOString(),
    updatedAt: FIXTURE_NOW.toISOString(),
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
    rejectedBy: null,
    rejectedAt: null,
    rejectionReason: null,
    publishedAt: null,
    cancelledBy: null,
    cancelledAt: null,
    expiredAt: null,
    ...overrides,
  };
}

/** The same alert as published. */
export function publishedAlertFixture(overrides: Partial<Alert> = {}, templateId = 'smg-tc8-issued', status: AlertStatus = 'Actual'): Alert {
  return alertFixture(
    {
      state: 'published',
      identifier: 'QINAO-20260905-0001',
      sender: 'alerts.qinao.example',
      sent: FIXTURE_NOW.toISOString(),
      submittedBy: 'operator-1',
      submittedAt: FIXTURE_NOW.toISOString(),
      approvedBy: 'commander-2',
      approvedAt: FIXTURE_NOW.toISOString(),
      publishedAt: FIXTURE_NOW.toISOString(),
      ...overrides,
    },
    templateId,
    status,
  );
}
