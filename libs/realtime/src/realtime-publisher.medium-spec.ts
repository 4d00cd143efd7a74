import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import type { Notice, RealtimeEnvelope, RealtimeRoom } from '@app/contracts';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, waitFor, type TestDatabase, TEST_REDIS_URL } from '@app/testing';
import type { RealtimeBackend } from './realtime-backend.js';
import { RealtimeEventRepository } from './realtime-event.repository.js';
import { RealtimePublisher } from './realtime-publisher.js';
import { realtimeBackendFor } from './realtime.module.js';


function notice(message: string): Notice {
  return { id: randomBytes(8).toString('hex'), audience: 'hq', message, authorId: null, authorName: 'tester', createdAt: new Date().toISOString() };
}

interface Client {
  socket: Socket;
  received: RealtimeEnvelope[];
}

describe.each(['redis', 'postgres'] as const)('realtime on %s', (backend) => {
  const prefix = `t_rt_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let dataSource: DataSource;
  const backends: RealtimeBackend[] = [];
  const servers: Server[] = [];
  const clients: Client[] = [];
  let publisher: RealtimePublisher;
  let events: RealtimeEventRepository;

  const newBackend = () => {
    const config = loadConfig({ DATABASE_URL: db.url, QUEUE_PREFIX: prefix, REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined });
    const instance = realtimeBackendFor(config);
    backends.push(instance);
    return instance;
  };

  /** A socket.io server as an api process runs it: the cluster adapter installed, rooms from the handshake here. */
  async function startServer(): Promise<number> {
    const http = createServer();
    const server = new Server(http, { transports: ['websocket'] });
    newBackend().attach(server);
    server.on('connection', (socket) => socket.join(String(socket.handshake.query.rooms).split(',')));
    servers.push(server);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    return (http.address() as AddressInfo).port;
  }

  async function connectClient(port: number, rooms: RealtimeRoom[]): Promise<Client> {
    const socket = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], query: { rooms: rooms.join(',') } });
    const client: Client = { socket, received: [] };
    socket.onAny((_event, envelope: RealtimeEnvelope) => client.received.push(envelope));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 5 })).initialize();
    events = new RealtimeEventRepository(dataSource);
    // The publisher has its own backend, as the worker process does.
    publisher = new RealtimePublisher(events, newBackend());
  });

  afterAll(async () => {
    for (const { socket } of clients) socket.close();
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(backends.map((b) => b.close()));
    await dataSource?.destroy();
    await db?.drop();
    if (backend === 'redis') {
      // Pub/sub leaves no keys; check anyway that nothing with the prefix remains.
      const client: Redis = new (await import('ioredis')).Redis(TEST_REDIS_URL);
      expect(await client.keys(`${prefix}:*`)).toEqual([]);
      await client.quit();
    }
  });

  it('stores an event, then delivers it once to the room on every server', async () => {
    const [portA, portB] = await Promise.all([startServer(), startServer()]);
    const hqA = await connectClient(portA, ['public', 'hq']);
    const hqB = await connectClient(portB, ['public', 'hq', 'role:commander']);
    const fieldB = await connectClient(portB, ['public', 'field']);
    // Adapters subscribe asynchronously after the server starts.
    await new Promise((r) => setTimeout(r, 500));

    const first = notice('first');
    const second = notice('second');
    const [published] = await publisher.publish('hq', 'notice.created', first);
    await publisher.publish('hq', 'notice.created', second);

    for (const client of [hqA, hqB]) {
      await waitFor(() => expect(client.received.map((e) => e.payload)).toEqual([first, second]));
    }
    expect(published).toMatchObject({ room: 'hq', event: 'notice.created', payload: first });
    expect(hqA.received[0]).toEqual(published);
    expect(hqA.received[1].seq).toBeGreaterThan(hqA.received[0].seq!);
    await new Promise((r) => setTimeout(r, 300));
    expect(hqA.received).toHaveLength(2);
    expect(hqB.received).toHaveLength(2);
    expect(fieldB.received).toEqual([]);

    const head = await events.head();
    expect(head).toBe(hqA.received[1].seq);
    expect(await events.listAfter(['hq'], 0, head, 10)).toEqual(hqA.received);
    expect(await events.listAfter(['field', 'public'], 0, head, 10)).toEqual([]);
    expect(await events.listAfter(['hq'], published.seq!, head, 10)).toEqual([hqA.received[1]]);
  });

  it('broadcasts an ephemeral event without storing it', async () => {
    const port = await startServer();
    const liaison = await connectClient(port, ['liaison']);
    await new Promise((r) => setTimeout(r, 500));
    const headBefore = await events.head();
    await publisher.publish(['liaison'], 'system.heartbeat', { workerId: 'w1', at: new Date().toISOString() }, { persist: false });
    await waitFor(() => expect(liaison.received).toHaveLength(1));
    expect(liaison.received[0]).toMatchObject({ seq: null, room: 'liaison', event: 'system.heartbeat', payload: { workerId: 'w1' } });
    expect(await events.head()).toBe(headBefore);
  });

  it('delivers an event too large for one NOTIFY payload', async () => {
    const port = await startServer();
    const field = await connectClient(port, ['field']);
    await new Promise((r) => setTimeout(r, 500));
    const big = notice('長'.repeat(4_000));
    await publisher.publish('field', 'notice.created', big);
    await waitFor(() => expect(field.received.map((e) => e.payload)).toEqual([big]));
  });

  it('deletes stored events past their retention', async () => {
    await dataSource.query(`INSERT INTO realtime_events (room, event, payload, created_at) VALUES ('hq', 'notice.created', '{}', now() - interval '49 hours')`);
    const before = await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM realtime_events`);
    expect(await events.deleteOlderThan(48)).toBe(1);
    const after = await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM realtime_events`);
    expect(Number(after[0].n)).toBe(Number(before[0].n) - 1);
  });
});
