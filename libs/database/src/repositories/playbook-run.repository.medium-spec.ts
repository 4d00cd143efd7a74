import { DataSource } from 'typeorm';
import type { LocalizedText } from '@app/contracts';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { dataSourceOptions } from '../data-source-options.js';
import { PlaybookRunRepository, type NewPlaybookRun, type PlaybookRunTrigger } from './playbook-run.repository.js';
import { PlaybookTaskRepository } from './playbook-task.repository.js';

const text = (en: string): LocalizedText => ({ 'zh-Hans': `简${en}`, 'zh-Hant': `繁${en}`, pt: `pt ${en}`, en });

function newRun(ruleId: string, taskCount: number): NewPlaybookRun {
  return {
    ruleId,
    title: text(`${ruleId} title`),
    summary: text(`${ruleId} summary`),
    alertTemplateIds: [`${ruleId}-template`, 'all-clear'],
    tasks: Array.from({ length: taskCount }, (_v, i) => ({ position: i + 1, title: text(`task ${i + 1}`), detail: i === 0 ? text('detail') : null })),
  };
}

const TC8: Omit<PlaybookRunTrigger, 'changeId'> = { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8SE' };

describe('PlaybookRunRepository', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let runs: PlaybookRunRepository;
  let tasks: PlaybookTaskRepository;
  const count = async (table: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 4 })).initialize();
    runs = new PlaybookRunRepository(dataSource);
    tasks = new PlaybookTaskRepository();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('stores a fired rule once per (rule, change), with its tasks', async () => {
    const trigger = { ...TC8, changeId: '101' };
    const first = await dataSource.transaction((m) => runs.insertFired(m, trigger, [newRun('rule-a', 3), newRun('rule-b', 2)]));
    expect(first.map((run) => run.ruleId)).toEqual(['rule-a', 'rule-b']);
    const again = await dataSource.transaction((m) => runs.insertFired(m, trigger, [newRun('rule-a', 3), newRun('rule-b', 2)]));
    expect(again).toEqual([]);
    // A rule newly fired by the same change is still added.
    const more = await dataSource.transaction((m) => runs.insertFired(m, trigger, [newRun('rule-a', 3), newRun('rule-c', 1)]));
    expect(more.map((run) => run.ruleId)).toEqual(['rule-c']);

    const [a, b] = await runs.findByIds([first[0].id, first[1].id]);
    expect(a).toMatchObject({
      ruleId: 'rule-a',
      status: 'open',
      trigger: { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8SE', changeId: '101' },
      title: text('rule-a title'),
      alertTemplateIds: ['rule-a-template', 'all-clear'],
    });
    expect(a.tasks.map((task) => [task.position, task.state, task.detail?.en ?? null])).toEqual([
      [1, 'open', 'detail'],
      [2, 'open', null],
      [3, 'open', null],
    ]);
    expect(b.tasks).toHaveLength(2);
    expect(await count('playbook_tasks')).toBe(6);
  });

  it('creates one run when two transactions store the same change at once', async () => {
    const trigger = { ...TC8, changeId: '202' };
    const results = await Promise.all([1, 2].map(() => dataSource.transaction((m) => runs.insertFired(m, trigger, [newRun('rule-race', 2)]))));
    expect(results.map((created) => created.length).sort()).toEqual([0, 1]);
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM playbook_runs WHERE trigger_change_id = '202'`))[0].n)).toBe(1);
  });

  it('closes the runs of ended rules on the same track only, and remembers the change that closed them', async () => {
    const [onTrack] = await dataSource.transaction((m) => runs.insertFired(m, { ...TC8, changeId: '301' }, [newRun('rule-end', 1)]));
    const [otherArea] = await dataSource.transaction((m) =>
      runs.insertFired(m, { authority: 'gd-zhuhai', area: 'hengqin', hazard: 'typhoon', level: 'red', changeId: '302' }, [newRun('rule-end', 1)]),
    );
    const [otherRule] = await dataSource.transaction((m) => runs.insertFired(m, { ...TC8, changeId: '303' }, [newRun('rule-stays', 1)]));

    const closed = await dataSource.transaction((m) => runs.closeEnded(m, { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone' }, ['rule-end'], '304'));
    expect(closed).toEqual([{ id: onTrack.id, ruleId: 'rule-end' }]);
    const statuses = (await runs.findByIds([onTrack.id, otherArea.id, otherRule.id])).map((run) => run.status);
    expect(statuses).toEqual(['closed', 'open', 'open']);
    expect(await runs.idsTouchedByChange('304')).toEqual([onTrack.id]);
    expect(await runs.idsTouchedByChange('301')).toEqual([onTrack.id]);
    // Closing again changes nothing.
    expect(await dataSource.transaction((m) => runs.closeEnded(m, { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone' }, ['rule-end'], '304'))).toEqual([]);
  });

  it('closes a run only when every task is done, recording who did each', async () => {
    const [created] = await dataSource.transaction((m) => runs.insertFired(m, { ...TC8, changeId: '401' }, [newRun('rule-tasks', 2)]));
    const [run] = await runs.findByIds([created.id]);
    const [first, second] = run.tasks;
    const actor = { id: '0d9f4a52-6a53-4c6a-9a8e-000000000001', name: 'Wong Ka Ho' };
    await dataSource.query(`INSERT INTO staff_users (id, username, display_name, role, password_hash) VALUES ($1, 'wong', 'Wong Ka Ho', 'operator', 'x')`, [actor.id]);

    await dataSource.transaction(async (m) => {
      const locked = await tasks.findForUpdate(m, first.id);
      expect(locked).toMatchObject({ id: first.id, runId: created.id, ruleId: 'rule-tasks', runStatus: 'open', state: 'open' });
      const done = await tasks.updateState(m, first.id, 'done', actor, 'Bridge closed at 14:20');
      expect(done).toMatchObject({ state: 'done', doneBy: 'Wong Ka Ho', note: 'Bridge closed at 14:20', acknowledgedBy: null });
      expect(await runs.closeIfAllDone(m, created.id)).toBe(false);
    });
    await dataSource.transaction(async (m) => {
      const acknowledged = await tasks.updateState(m, second.id, 'acknowledged', actor, null);
      expect(acknowledged).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'Wong Ka Ho', note: null });
      expect(acknowledged.acknowledgedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      const done = await tasks.updateState(m, second.id, 'done', actor, null);
      expect(done).toMatchObject({ state: 'done', acknowledgedBy: 'Wong Ka Ho', doneBy: 'Wong Ka Ho' });
      expect(await runs.closeIfAllDone(m, created.id)).toBe(true);
      expect(await runs.closeIfAllDone(m, created.id)).toBe(false);
    });
    expect((await runs.findByIds([created.id]))[0].status).toBe('closed');
    expect(await dataSource.transaction((m) => tasks.findForUpdate(m, '0d9f4a52-6a53-4c6a-9a8e-00000000ffff'))).toBeNull();
  });

  it('lists runs by status, newest first, up to the limit', async () => {
    const open = await runs.list('open', 100);
    const closed = await runs.list('closed', 100);
    const all = await runs.list('all', 100);
    expect(open.every((run) => run.status === 'open')).toBe(true);
    expect(closed.every((run) => run.status === 'closed')).toBe(true);
    expect(all).toHaveLength(open.length + closed.length);
    expect(closed.length).toBeGreaterThan(0);
    const fired = all.map((run) => run.firedAt);
    expect([...fired].sort().reverse()).toEqual(fired);
    expect(await runs.list('all', 2)).toEqual(all.slice(0, 2));
  });

  it('refuses notes over 500 characters and inconsistent task states in the database itself', async () => {
    const [created] = await dataSource.transaction((m) => runs.insertFired(m, { ...TC8, changeId: '501' }, [newRun('rule-checks', 1)]));
    const [run] = await runs.findByIds([created.id]);
    await expect(dataSource.query(`UPDATE playbook_tasks SET note = repeat('x', 501) WHERE id = $1`, [run.tasks[0].id])).rejects.toThrow(/check constraint/);
    await expect(dataSource.query(`UPDATE playbook_tasks SET state = 'done' WHERE id = $1`, [run.tasks[0].id])).rejects.toThrow(/check constraint/);
    await expect(dataSource.query(`UPDATE playbook_runs SET status = 'closed' WHERE id = $1`, [created.id])).rejects.toThrow(/check constraint/);
  });
});
