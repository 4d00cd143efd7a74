import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import type { PlaybookRun, SignalHistoryEntry } from '@app/contracts';
import { AuditRepository, DatabaseModule } from '@app/database';
import { JobProducer, QueueConsumerModule } from '@app/queue';
import { createTestDatabase, waitFor, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { PlaybookEvaluateProcessor } from './playbook-evaluate.processor.js';
import { PlaybookEvaluationService } from './playbook-evaluation.service.js';
import { PlaybooksWorkerModule } from './playbooks-worker.module.js';


let nextChangeId = 1000;
function change(previousLevel: string | null, level: string | null, overrides: Partial<SignalHistoryEntry> = {}): SignalHistoryEntry {
  return {
    id: String(nextChangeId++),
    authority: 'smg',
    area: 'macau',
    hazard: 'tropical-cyclone',
    previousLevel,
    level,
    action: level === null ? 'cancel' : previousLevel === null ? 'issue' : 'update',
    issuedAt: '2024-09-06T06:00:00.000Z',
    receivedAt: new Date().toISOString(),
    source: 'feed',
    freshness: 'fresh',
    ...overrides,
  };
}

describe.each(['redis', 'postgres'] as const)('playbook evaluation on %s', (backend) => {
  const prefix = `t_playbooks_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let sql: DataSource;
  let service: PlaybookEvaluationService;

  const runsOf = async (changeId: string): Promise<{ id: string; rule_id: string; status: string; tasks: number }[]> =>
    sql.query(
      `SELECT r.id, r.rule_id, r.status, (SELECT count(*)::int FROM playbook_tasks t WHERE t.run_id = r.id) AS tasks
       FROM playbook_runs r WHERE r.trigger_change_id = $1 ORDER BY r.rule_id`,
      [changeId],
    );
  const auditsOf = async (runIds: string[]): Promise<{ action: string; actor_id: string | null; actor_name: string; entity_id: string; summary: Record<string, unknown> }[]> =>
    sql.query(`SELECT action, actor_id, actor_name, entity_id, summary FROM audit_log WHERE entity_type = 'playbook_run' AND entity_id = ANY($1) ORDER BY id`, [runIds]);
  const announcedRuns = async (runIds: string[]): Promise<PlaybookRun[]> =>
    (
      await sql.query<{ payload: { run: PlaybookRun } }[]>(
        `SELECT payload FROM realtime_events WHERE room = 'hq' AND event = 'playbook.updated' AND payload->'run'->>'id' = ANY($1) ORDER BY seq`,
        [runIds],
      )
    ).map((row) => row.payload.run);

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: db.url, QUEUE_PREFIX: prefix, REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined, DATABASE_POOL_SIZE: '6', LOG_LEVEL: 'warn' });
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, DatabaseModule, QueueConsumerModule, PlaybooksWorkerModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    app = await moduleRef.init();
    sql = app.get(DataSource);
    service = app.get(PlaybookEvaluationService);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    if (backend === 'redis') {
      await deleteRedisKeys(prefix, TEST_REDIS_URL);
    }
  });

  it('creates one run per fired rule for a duplicated job, audited by the system and announced once to the HQ', async () => {
    const hoisted = change('3', '8SE');
    const evaluations = vi.spyOn(service, 'evaluate');
    // Two jobs for one change, as a producer that enqueues again after a crash would make.
    await app.get(JobProducer).add('signals', 'playbooks.evaluate', { change: hoisted });
    await app.get(JobProducer).add('signals', 'playbooks.evaluate', { change: hoisted });
    await waitFor(() => expect(evaluations.mock.settledResults.filter((r) => r.type === 'fulfilled')).toHaveLength(2), { timeoutMs: 15_000 });
    evaluations.mockRestore();

    const runs = await runsOf(hoisted.id);
    expect(runs.map((run) => [run.rule_id, run.status])).toEqual([
      ['school-suspension-smg-tc8', 'open'],
      ['smg-tc8-cross-border', 'open'],
    ]);
    expect(runs.find((run) => run.rule_id === 'smg-tc8-cross-border')!.tasks).toBe(8);

    const audits = await auditsOf(runs.map((run) => run.id));
    expect(audits).toHaveLength(2);
    for (const audit of audits) {
      expect(audit).toMatchObject({ action: 'playbook.run_created', actor_id: null, actor_name: 'system' });
      expect(audit.summary).toMatchObject({ trigger: { changeId: hoisted.id, level: '8SE', previousLevel: '3' } });
    }
    const announced = await announcedRuns(runs.map((run) => run.id));
    expect(announced.map((run) => run.ruleId).sort()).toEqual(['school-suspension-smg-tc8', 'smg-tc8-cross-border']);
    const crossBorder = announced.find((run) => run.ruleId === 'smg-tc8-cross-border')!;
    expect(crossBorder).toMatchObject({ status: 'open', trigger: { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8SE', changeId: hoisted.id } });
    expect(crossBorder.tasks.map((task) => task.state)).toEqual(Array(8).fill('open'));
    expect(crossBorder.alertTemplateIds).toContain('smg-tc8-issued');
    expect((await app.get(AuditRepository).verifyChain()).firstBrokenId).toBeNull();
  });

  it('creates one run when the same change is evaluated twice at once', async () => {
    const surge = change('yellow', 'orange', { hazard: 'storm-surge' });
    const results = await Promise.all([service.evaluate(surge), service.evaluate(surge)]);
    expect(results.map((r) => r.created.length).sort()).toEqual([0, 1]);
    const runs = await runsOf(surge.id);
    expect(runs.map((run) => run.rule_id)).toEqual(['smg-storm-surge-orange-evacuation']);
    expect(await announcedRuns(runs.map((run) => run.id))).toHaveLength(1);
  });

  it('creates nothing for a move within signal 8 or a repeat', async () => {
    for (const sideways of [change('8NE', '8SE'), change('8SE', '8SE')]) {
      expect(await service.evaluate(sideways)).toEqual({ created: [], closed: [], welfareChecksRequested: [] });
      expect(await runsOf(sideways.id)).toEqual([]);
    }
  });

  it('on lowering below 8, closes the signal 8 runs and starts the bridges-reopen run', async () => {
    const hoisted = change(null, '8NE');
    await service.evaluate(hoisted);
    const hoistedRuns = await runsOf(hoisted.id);
    expect(hoistedRuns.map((run) => run.rule_id)).toEqual(['school-suspension-smg-tc8', 'smg-tc8-cross-border']);

    const lowered = change('8NE', '3');
    const result = await service.evaluate(lowered);
    expect((await runsOf(lowered.id)).map((run) => run.rule_id)).toEqual(['smg-tc-below8-reopen']);
    // Every signal 8 run still open on the track closes, including those of earlier hoists.
    expect(result.closed).toEqual(expect.arrayContaining(hoistedRuns.map((run) => run.id)));
    expect((await runsOf(hoisted.id)).map((run) => run.status)).toEqual(['closed', 'closed']);

    const closings = (await auditsOf(hoistedRuns.map((run) => run.id))).filter((audit) => audit.action === 'playbook.run_closed');
    expect(closings).toHaveLength(2);
    expect(closings[0]).toMatchObject({ actor_name: 'system', summary: { after: { status: 'closed', reason: 'signal_ended' }, changeId: lowered.id } });
    const announced = await announcedRuns(hoistedRuns.map((run) => run.id));
    expect(announced.filter((run) => run.status === 'closed').map((run) => run.id).sort()).toEqual(hoistedRuns.map((run) => run.id).sort());
    // Open tasks of a closed run stay visible as open.
    expect(announced.find((run) => run.status === 'closed')!.tasks.every((task) => task.state === 'open')).toBe(true);
  });

  it('announces again on a retried job without creating anything', async () => {
    const black = change('red', 'black', { hazard: 'rainstorm' });
    const first = await service.evaluate(black);
    expect(first.created).toHaveLength(2);
    const again = await service.evaluate(black, { announceAgain: true });
    expect(again).toEqual({ created: [], closed: [], welfareChecksRequested: [] });
    expect(await runsOf(black.id)).toHaveLength(2);
    const announced = await announcedRuns(first.created);
    expect(announced.map((run) => run.id).sort()).toEqual([...first.created, ...first.created].sort());
  });

  it('gives up on a malformed job at once instead of retrying it', async () => {
    const processor = app.get(PlaybookEvaluateProcessor);
    const malformed = processor.process({ change: { id: '', authority: 'smg', level: 3, action: 'hoist' } } as never, { id: 'x', attempt: 1 });
    await expect(malformed).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(malformed).rejects.toThrow(/id must be a non-empty string.*level must be a level code or null.*action must be one of: issue, update, cancel/);
    await expect(processor.process({} as never, { id: 'y', attempt: 1 })).rejects.toThrow(/carries no signal change/);
  });
});
