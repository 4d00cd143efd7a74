import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FakePushService } from '../libs/testing/src/fake-push-service.js';
import { deleteRedisKeys, TEST_REDIS_URL } from '../libs/testing/src/redis-keys.js';
import { databaseUrl, TEST_SERVER_URL, withAdminClient } from '../libs/testing/src/test-database.js';
import { approve, draftAndSubmit, login } from './alert-approval.js';
import { launchApp, runCli, type LaunchedApp } from './app-launcher.js';
import { parseDispatchBenchArgs } from './bench-args.js';
import { collectProfiles, profilingEnv } from './cpu-profiler.js';
import { cpuSecondsOf } from './cpu-time.js';
import { HeapSampler } from './heap-sampler.js';
import { RssSampler } from './rss-sampler.js';
import { seedSubscribers } from './subscriber-seed.js';
import { runWebPushBaseline } from './web-push-baseline.js';

/**
 * `npm run bench:dispatch -- --subscribers N [--backend redis|postgres] [--workers W]`: the whole dispatch path,
 * end to end, against a local RFC 8030 push service — N subscriptions with real P-256 keys, the built api and W
 * worker processes, an Actual alert drafted, submitted and approved through the API — then a plain web-push
 * `sendNotification` loop against the same service for comparison. Prints one JSON line.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TEMPLATE_ID = 'smg-tc8-issued';
const DECRYPT_SAMPLE = 200;
const BASELINE_MAX = 20_000;
// Gives up when nothing more is accepted for this long.
const STALL_MS = 60_000;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main(): Promise<void> {
  const args = parseDispatchBenchArgs(process.argv.slice(2));
  const tag = `${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  const dbName = `qinao_bench_${tag}`;
  const dbUrl = databaseUrl(dbName, TEST_SERVER_URL);
  const queuePrefix = `bench-dispatch-${tag}`;
  const apps: LaunchedApp[] = [];
  const fake = new FakePushService({ decrypt: 'all', tls: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'qinao-bench-'));
  let dbCreated = false;

  const cleanup = async () => {
    await Promise.allSettled(apps.map((app) => app.stop()));
    await fake.stop().catch(() => undefined);
    if (dbCreated) await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)).catch((err) => log(`could not drop ${dbName}: ${err}`));
    if (args.backend === 'redis') await deleteRedisKeys(queuePrefix).catch((err) => log(`could not delete Redis keys ${queuePrefix}*: ${err}`));
    rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    log(`database ${dbName}: create, migrate, seed`);
    await withAdminClient((c) => c.query(`CREATE DATABASE ${dbName}`));
    dbCreated = true;
    await runCli(ROOT, 'migrate', { DATABASE_URL: dbUrl, NODE_ENV: 'development' });
    await runCli(ROOT, 'seed', { DATABASE_URL: dbUrl, NODE_ENV: 'development' });

    await fake.start();
    const caFile = path.join(tmp, 'push-ca.pem');
    writeFileSync(caFile, fake.certificate!);

    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    let areaIds: string[];
    let sampleSize = 0;
    try {
      areaIds = (await client.query<{ id: string }>(`SELECT id FROM areas ORDER BY id`)).rows.map((r) => r.id);
      log(`seeding ${args.subscribers} subscriptions over ${areaIds.length} areas`);
      const seedStarted = performance.now();
      const sample = await seedSubscribers(client, { count: args.subscribers, endpointBase: fake.endpointBase, areaIds, sampleSize: DECRYPT_SAMPLE });
      for (const subscription of sample) fake.register(subscription);
      sampleSize = sample.length;
      await client.query('ANALYZE push_subscriptions');
      log(`seeded in ${round((performance.now() - seedStarted) / 1000, 1)} s; ${sample.length} kept for decryption`);
    } finally {
      await client.end();
    }

    const env: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: dbUrl,
      QUEUE_PREFIX: queuePrefix,
      PUSH_ALLOW_LOOPBACK: 'true',
      // The workers reach the local push service over https, trusting its throwaway certificate.
      NODE_EXTRA_CA_CERTS: caFile,
      ...(args.backend === 'redis' ? { REDIS_URL: process.env.TEST_REDIS_URL ?? TEST_REDIS_URL } : {}),
    };
    const api = await launchApp(ROOT, 'api', env);
    apps.push(api);
    const workerEnv: Record<string, string> = args.profileDir ? { ...env, ...profilingEnv(tmp, path.resolve(args.profileDir)) } : { ...env };
    if (args.workerNodeOptions) workerEnv.NODE_OPTIONS = `${workerEnv.NODE_OPTIONS ?? ''} ${args.workerNodeOptions}`.trim();
    for (let i = 0; i < args.workers; i += 1) apps.push(await launchApp(ROOT, 'worker', workerEnv));
    const workers = apps.filter((app) => app.name === 'worker');
    const sampler = new RssSampler(workers.map((w) => w.child.pid!)).start();
    const heaps = new HeapSampler(workers.map((w) => w.url)).start();

    const operator = await login(api.url, 'operator');
    const commander = await login(api.url, 'commander');
    const draft = await draftAndSubmit(api.url, operator, TEMPLATE_ID, areaIds);
    log(`alert ${draft.id} (${draft.severity}) submitted; approving`);

    // t0 is when the approval answer arrives; the fake service is polled every 2 ms for what it accepted.
    let firstAt: number | undefined;
    let lastAt: number | undefined;
    const cpuBefore = workers.map((w) => cpuSecondsOf(w.child.pid!));
    const benchCpuBefore = process.cpuUsage();
    const approved = approve(api.url, commander, draft.id, draft.severity).then(() => performance.now());
    let lastCount = 0;
    let lastProgressAt = performance.now();
    let lastLogAt = performance.now();
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const now = performance.now();
        if (fake.accepted > 0 && firstAt === undefined) firstAt = now;
        if (fake.accepted !== lastCount) {
          lastCount = fake.accepted;
          lastProgressAt = now;
        }
        if (now - lastLogAt > 5_000) {
          lastLogAt = now;
          log(`accepted ${fake.accepted}/${args.subscribers}`);
        }
        if (fake.accepted >= args.subscribers) {
          lastAt = now;
          clearInterval(timer);
          resolve();
        } else if (now - lastProgressAt > STALL_MS) {
          clearInterval(timer);
          reject(new Error(`stalled at ${fake.accepted}/${args.subscribers} accepted\n${workers.map((w) => w.output().slice(-3000)).join('\n')}`));
        }
      }, 2);
      approved.catch((err) => {
        clearInterval(timer);
        reject(err);
      });
    });
    const t0 = await approved;
    // Anything still arriving (a duplicate) shows up in the per-subscription counts.
    await new Promise((r) => setTimeout(r, 1_000));
    sampler.stop();
    heaps.stop();
    // Worker CPU per push does not depend on what else the machine is doing, unlike pushes per second.
    const workerCpuSeconds = workers.reduce((sum, w, i) => sum + cpuSecondsOf(w.child.pid!) - cpuBefore[i]!, 0);
    const benchCpu = process.cpuUsage(benchCpuBefore);
    if (args.profileDir) await collectProfiles(workers);

    const duplicates = [...fake.acceptedById.values()].filter((n) => n > 1).length;
    const missed = args.subscribers - fake.acceptedById.size;
    // Only the sampled subscriptions are registered with their private keys, so only their messages are decrypted.
    const decrypted = fake.messages.filter((m) => m.plaintext !== undefined);
    if (fake.refusals.length) throw new Error(`push service refused ${fake.refusals.length} requests, e.g. ${JSON.stringify(fake.refusals[0])}`);
    if (duplicates || missed || fake.accepted !== args.subscribers) {
      throw new Error(`delivery is not exactly once: ${missed} subscriptions missed, ${duplicates} received more than one, ${fake.accepted} accepted`);
    }
    if (fake.decryptFailures || decrypted.length !== sampleSize) {
      throw new Error(`of ${sampleSize} sampled messages ${decrypted.length} decrypted, ${fake.decryptFailures} failed to decrypt`);
    }

    await Promise.all(apps.splice(0).map((app) => app.stop()));

    // The baseline on the same push service, with the same payload the pipeline sent.
    const payload = decrypted[0]!.plaintext!;
    const baselineMessages = Math.min(args.subscribers, BASELINE_MAX);
    log(`baseline: web-push sendNotification x ${baselineMessages}, 64 in flight`);
    const baseline = await runWebPushBaseline({ endpointBase: fake.endpointBase, ca: fake.certificate!, messages: baselineMessages, payload });
    if (baseline.failures) throw new Error(`baseline: ${baseline.failures} sends failed`);

    const secondsApprovalToLastPush = (lastAt! - t0) / 1000;
    const pushesPerSecond = args.subscribers / secondsApprovalToLastPush;
    const cpus = os.cpus();
    process.stdout.write(
      JSON.stringify({
        subscribers: args.subscribers,
        backend: args.backend,
        workers: args.workers,
        secondsApprovalToLastPush: round(secondsApprovalToLastPush, 2),
        pushesPerSecond: Math.round(pushesPerSecond),
        // Negative when the first push was accepted before the approval answer reached the client.
        firstPushSeconds: round((firstAt! - t0) / 1000, 3),
        peakWorkerRssMb: sampler.peaksMb(),
        peakWorkerHeapMb: heaps.peaksMb(),
        workerCpuMicrosPerPush: Math.round((workerCpuSeconds * 1e6) / args.subscribers),
        // The benchmark process itself: the push service's TLS and HTTP work, on the same cores.
        pushServiceCpuMicrosPerPush: Math.round((benchCpu.user + benchCpu.system) / args.subscribers),
        loadAverage: os.loadavg().map((n) => round(n, 2)),
        baselinePushesPerSecond: Math.round(baseline.pushesPerSecond),
        ratio: round(pushesPerSecond / baseline.pushesPerSecond, 2),
        decryptedSample: decrypted.length,
        machine: { cpus: cpus.length, model: cpus[0]?.model ?? 'unknown', memGb: round(os.totalmem() / 2 ** 30, 1), node: process.version },
      }) + '\n',
    );
  } finally {
    await cleanup();
  }
}

try {
  await main();
} catch (err) {
  log(`failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  process.exitCode = 1;
}
