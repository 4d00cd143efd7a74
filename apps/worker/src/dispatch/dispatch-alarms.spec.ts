import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { MetricsRegistry } from '@app/observability';
import { classifyResponse, type DeliveryResult } from '@app/push';
import { DispatchAlarms } from './dispatch-alarms.js';

function alarmsWith(registry: MetricsRegistry): DispatchAlarms {
  const alarms = new DispatchAlarms({ get: () => registry } as unknown as ModuleRef);
  alarms.onModuleInit();
  return alarms;
}

describe('DispatchAlarms', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts a 413 as rejected for good on /metrics and logs one structured error per chunk and status', async () => {
    const registry = new MetricsRegistry();
    const alarms = alarmsWith(registry);
    const errors = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const results: DeliveryResult[] = [
      { id: '1', outcome: classifyResponse(201) },
      { id: '2', outcome: classifyResponse(413, undefined, 'payload exceeds 4096 bytes') },
      { id: '3', outcome: classifyResponse(413, undefined, 'payload exceeds 4096 bytes') },
      { id: '4', outcome: classifyResponse(410) },
      { id: '5', outcome: { kind: 'rejected', status: null, reason: 'refused at connect time' } },
    ];
    alarms.record('alert-1', results);

    const text = await registry.metrics();
    expect(text).toContain('dispatch_push_rejected_total{status="413"} 2');
    expect(text).toContain('dispatch_push_rejected_total{status="none"} 1');
    expect(text).toContain('dispatch_push_outcomes_total{outcome="sent"} 1');
    expect(text).toContain('dispatch_push_outcomes_total{outcome="rejected"} 3');
    expect(text).toContain('dispatch_push_outcomes_total{outcome="gone"} 1');
    expect(errors).toHaveBeenCalledTimes(2);
    const [fields, message] = errors.mock.calls[0]! as [Record<string, unknown>, string];
    expect(fields).toMatchObject({ alarm: 'push_rejected', alertId: 'alert-1', status: 413, count: 2, deliveryIds: ['2', '3'] });
    expect(fields.reasons).toEqual(['413 Payload Too Large: payload exceeds 4096 bytes']);
    expect(message).toMatch(/too large \(413\): failed permanently/);
  });

  it('raises no alarm when nothing was rejected', async () => {
    const registry = new MetricsRegistry();
    const alarms = alarmsWith(registry);
    const errors = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    alarms.record('alert-2', [{ id: '1', outcome: classifyResponse(201) }, { id: '2', outcome: classifyResponse(503) }]);
    expect(errors).not.toHaveBeenCalled();
    expect(await registry.metrics()).not.toContain('dispatch_push_rejected_total{');
  });

  it('works without the process registry (test modules) and shares counters when created twice on one registry', () => {
    const alone = new DispatchAlarms({ get: () => { throw new Error('no MetricsRegistry'); } } as unknown as ModuleRef);
    expect(() => alone.onModuleInit()).not.toThrow();
    const registry = new MetricsRegistry();
    alarmsWith(registry);
    expect(() => alarmsWith(registry)).not.toThrow();
  });
});
