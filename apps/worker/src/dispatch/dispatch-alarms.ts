import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Counter } from 'prom-client';
import type { DeliveryResult } from '@app/push';
import { MetricsRegistry } from '@app/observability';

/** Reasons quoted in one alarm line; the counter has them all. */
const SAMPLE_REASONS = 3;

/**
 * Outcomes of sends on `/metrics`, and the alarm for pushes a push service refused for good (400, 401, 403, 413 and
 * other 4xx but 404/410/429, or refused before sending): those mean our request is wrong — a payload too large, a
 * VAPID key the service rejects — and every further message of the alert will fail the same way, so operators must
 * hear of it. The alarm is one structured error log line per chunk and status, and `dispatch_push_rejected_total`.
 */
@Injectable()
export class DispatchAlarms implements OnModuleInit {
  private readonly logger = new Logger('DispatchAlarm');
  private outcomes!: Counter<'outcome'>;
  private rejected!: Counter<'status'>;
  /** Where the counters are registered (the process's `/metrics` registry in the worker). */
  registry!: MetricsRegistry;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    // The worker's registry lives in ObservabilityModule; a test module without it gets a registry of its own.
    let registry: MetricsRegistry;
    try {
      registry = this.moduleRef.get(MetricsRegistry, { strict: false });
    } catch {
      registry = new MetricsRegistry();
    }
    this.registry = registry;
    this.outcomes = counter(registry, 'dispatch_push_outcomes_total', 'Push sends by outcome (sent, gone, rejected, throttled, retry, expired, cancelled, deferred)', 'outcome');
    this.rejected = counter(registry, 'dispatch_push_rejected_total', 'Pushes a push service refused for good, by HTTP status ("none": refused before sending); alarm on any', 'status');
  }

  /** Counts one chunk's outcomes and raises the alarm for its rejected ones. */
  record(alertId: string, results: readonly DeliveryResult[]): void {
    const byKind = new Map<string, number>();
    const rejectedByStatus = new Map<string, { count: number; reasons: string[]; deliveryIds: string[] }>();
    for (const { id, outcome } of results) {
      byKind.set(outcome.kind, (byKind.get(outcome.kind) ?? 0) + 1);
      if (outcome.kind !== 'rejected') continue;
      const status = outcome.status === null ? 'none' : String(outcome.status);
      let group = rejectedByStatus.get(status);
      if (!group) rejectedByStatus.set(status, (group = { count: 0, reasons: [], deliveryIds: [] }));
      group.count += 1;
      if (group.reasons.length < SAMPLE_REASONS && !group.reasons.includes(outcome.reason)) group.reasons.push(outcome.reason);
      if (group.deliveryIds.length < SAMPLE_REASONS) group.deliveryIds.push(id);
    }
    for (const [kind, count] of byKind) this.outcomes.inc({ outcome: kind }, count);
    for (const [status, group] of rejectedByStatus) {
      this.rejected.inc({ status }, group.count);
      this.logger.error(
        { alarm: 'push_rejected', alertId, status: status === 'none' ? null : Number(status), count: group.count, reasons: group.reasons, deliveryIds: group.deliveryIds },
        status === '413'
          ? 'push service refused messages as too large (413): failed permanently; the alert payload must shrink'
          : 'push service refused messages: failed permanently; the request is wrong, check the reasons',
      );
    }
  }
}

function counter<L extends string>(registry: MetricsRegistry, name: string, help: string, label: L): Counter<L> {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<L>;
  return new Counter({ name, help, labelNames: [label], registers: [registry] });
}
