import type { Alert, DeliverySummary } from '@app/contracts';

/** 2026-09-05 10:00 Macau time. */
export const NOW = Date.parse('2026-09-05T02:00:00.000Z');

const text = (l: string) => ({ headline: `Signal 8 ${l}`, description: `Gales expected ${l}`, instruction: `Stay indoors ${l}` });

export function alertOf(overrides: Partial<Alert> = {}): Alert {
  return {
    id: '5b0c1d8e-4a5f-4c47-9d1e-2f6a7b8c9d0e',
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    category: 'Met',
    event: { 'zh-Hans': '八号风球', 'zh-Hant': '八號風球', pt: 'Sinal 8', en: 'Signal 8' },
    eventCode: 'OET-204',
    urgency: 'Expected',
    severity: 'Severe',
    certainty: 'Likely',
    responseTypes: ['Shelter'],
    effective: '2026-09-05T02:00:00.000Z',
    onset: '2026-09-05T03:00:00.000Z',
    expires: '2026-09-05T14:00:00.000Z',
    info: { 'zh-Hans': text('zh-Hans'), 'zh-Hant': text('zh-Hant'), pt: text('pt'), en: text('en') },
    target: { areaIds: ['hq-community-1'], polygons: [], circles: [] },
    signal: null,
    templateId: 'smg-tc8-issued',
    references: [],
    state: 'draft',
    identifier: null,
    sender: null,
    sent: null,
    replacesAlertId: null,
    createdBy: 'operator-1',
    createdAt: '2026-09-05T01:00:00.000Z',
    updatedAt: '2026-09-05T01:00:00.000Z',
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

export function summaryOf(overrides: Partial<DeliverySummary> = {}): DeliverySummary {
  return {
    alertId: 'a1',
    targeted: 200,
    sent: 100,
    failed: 10,
    removed: 5,
    expired: 0,
    cancelled: 0,
    pending: 85,
    ratePerSecond: 17,
    firstSentAt: '2026-09-05T02:00:00.000Z',
    finishedAt: null,
    byLanguage: { 'zh-Hans': { targeted: 50, sent: 25 }, 'zh-Hant': { targeted: 50, sent: 25 }, pt: { targeted: 50, sent: 25 }, en: { targeted: 50, sent: 25 } },
    at: '2026-09-05T02:00:10.000Z',
    ...overrides,
  };
}
