import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { AppConfig } from '@app/config';
import { ROLES, type Role } from '@app/contracts';
import { createTestDatabase, deleteRedisKeys, type TestDatabase } from '@app/testing';
import { AppModule } from '../app.module.js';
import { configureApp } from '../http/configure-app.js';
import { insertStaff, type TestStaff } from './testing/staff-fixtures.js';

/**
 * Who may call each route of the whole api: 'public', or the roles allowed. Every route the app serves must be
 * listed here (and nothing else): adding a route means adding its line, which is the review point for its access.
 */
const EVERYONE: readonly Role[] = ROLES;
const POLICY: Record<string, 'public' | readonly Role[]> = {
  'GET /health': 'public',
  'GET /metrics': 'public',

  // OpenAPI description and UI, mounted on the HTTP adapter (outside the guards).
  'GET /api/docs': 'public',
  'GET /api/docs/': 'public',
  'GET /api/docs/index.html': 'public',
  'GET /api/docs/swagger-ui-init.js': 'public',
  'GET /api/docs/docs/swagger-ui-init.js': 'public',
  'GET /api/docs/LICENSE': 'public',
  'GET /api/docs-json': 'public',
  'GET /api/docs-yaml': 'public',

  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': EVERYONE,

  'GET /api/accounts': ['admin'],
  'POST /api/accounts': ['admin'],
  'PATCH /api/accounts/:id': ['admin'],

  'GET /api/audit': ['commander', 'admin'],
  'GET /api/audit/verify': ['commander', 'admin'],

  // Reference data (areas and places) is what the public alert pages draw on.
  'GET /api/areas': 'public',
  'GET /api/places': 'public',

  // Catch-up after a reconnect: anonymous callers get the public room only, a token widens it to the role's rooms.
  'GET /api/realtime/events': 'public',

  'GET /api/notices': EVERYONE,
  'POST /api/notices': ['commander', 'admin'],

  // Alerts: HQ composes (operators, commanders, admins), a commander approves; CAP and the Atom index are public.
  'GET /api/alerts/templates': ['admin', 'commander', 'operator'],
  'GET /api/alerts/feed.atom': 'public',
  'POST /api/alerts': ['operator', 'commander', 'admin'],
  'GET /api/alerts': ['admin', 'commander', 'operator'],
  'GET /api/alerts/:id': ['admin', 'commander', 'operator'],
  'GET /api/alerts/:id/deliveries/summary': ['admin', 'commander', 'operator'],
  'GET /api/alerts/:id/audience': ['admin', 'commander', 'operator'],
  'GET /api/alerts/:id/cap.xml': 'public',
  'PATCH /api/alerts/:id': ['operator', 'commander', 'admin'],
  'POST /api/alerts/:id/validate': ['operator', 'commander', 'admin'],
  'POST /api/alerts/:id/submit': ['operator', 'commander', 'admin'],
  'POST /api/alerts/:id/approve': ['commander'],
  'POST /api/alerts/:id/reject': ['commander'],
  'POST /api/alerts/:id/update': ['operator', 'commander', 'admin'],
  'POST /api/alerts/:id/cancel': ['operator', 'commander', 'admin'],
  'POST /api/alerts/:id/sent-in-error': ['commander'],

  'GET /api/playbooks/runs': ['admin', 'commander', 'operator'],
  'GET /api/playbooks/rules': ['admin', 'commander', 'operator'],
  'POST /api/playbooks/tasks/:id/acknowledge': ['admin', 'commander', 'operator'],
  'POST /api/playbooks/tasks/:id/done': ['admin', 'commander', 'operator'],

  // The shared signal board is public (residents see it); entering and deciding signals is for HQ operators.
  'GET /api/signals/board': 'public',
  'GET /api/signals/history': 'public',
  'GET /api/signals/outlook': 'public',
  'PUT /api/signals/outlook': ['operator', 'commander', 'admin'],
  'POST /api/signals/cap': ['operator', 'commander', 'admin'],
  'POST /api/signals/manual': ['operator', 'commander', 'admin'],
  'GET /api/signals/holds': ['operator', 'commander', 'admin'],
  'POST /api/signals/holds/:authority/:area/:hazard/confirm': ['operator', 'commander', 'admin'],
  'POST /api/signals/holds/:authority/:area/:hazard/reject': ['operator', 'commander', 'admin'],

  // Residents subscribe anonymously; changing a subscription needs its manage token (checked in the service).
  'GET /api/push/vapid-public-key': 'public',
  'POST /api/push/subscriptions': 'public',
  'PATCH /api/push/subscriptions/:id': 'public',
  'DELETE /api/push/subscriptions/:id': 'public',
  'PATCH /api/push/subscriptions/:id/test-device': ['admin'],

  // Residents answer anonymously; counts reach the liaison too, help requests (contact data) only HQ roles.
  'POST /api/residents/status': 'public',
  'GET /api/residents/status-counts': ['admin', 'commander', 'operator', 'liaison'],
  'GET /api/residents/help-requests': ['admin', 'commander', 'operator'],
  'POST /api/residents/help-requests/:id/handled': ['admin', 'commander', 'operator'],
  'GET /api/alerts/public': 'public',

  // Hazard reports: HQ and field roles (field accounts see only their own and their teams' reports, checked in the
  // service); liaisons see counts only, through the operations figures.
  'POST /api/reports': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'GET /api/reports': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'GET /api/reports/:id': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'GET /api/reports/:id/photos/:photoId': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'POST /api/reports/:id/transition': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],

  // Field units and their tasks: HQ roles manage; inspectors and crew leads see and act for their own units only
  // (checked in the services, 404 otherwise); liaisons get aggregates elsewhere, never these details.
  'GET /api/teams': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'POST /api/teams': ['admin', 'commander', 'operator'],
  'POST /api/teams/roster': ['admin', 'commander', 'operator'],
  'PATCH /api/teams/:id': ['admin', 'commander', 'operator'],
  'POST /api/teams/:id/readiness': ['admin', 'commander', 'operator', 'crew_lead'],
  'GET /api/tasks': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'POST /api/tasks': ['admin', 'commander', 'operator'],
  'POST /api/tasks/:id/transition': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'POST /api/tasks/:id/checklist/:itemId': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'POST /api/check-ins': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'GET /api/check-ins': ['admin', 'commander', 'operator'],

  // Evacuation: the register (contact data) is for HQ roles, and for field units only the residents on their own open
  // welfare-check tasks (filtered in the service); shelters carry no people data, so the liaison reads them too.
  'GET /api/vulnerable-residents': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'POST /api/vulnerable-residents': ['admin', 'commander', 'operator'],
  'PATCH /api/vulnerable-residents/:id': ['admin', 'commander', 'operator'],
  'POST /api/welfare-checks': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],
  'GET /api/shelters': ['admin', 'commander', 'operator', 'inspector', 'crew_lead', 'liaison'],
  'POST /api/shelters': ['admin', 'commander', 'operator'],
  'PATCH /api/shelters/:id': ['admin', 'commander', 'operator'],
  'POST /api/shelters/:id/departures': ['admin', 'commander', 'operator'],
  'GET /api/transfers': ['admin', 'commander', 'operator'],
  'POST /api/transfers': ['admin', 'commander', 'operator', 'inspector', 'crew_lead'],

  // Operations figures are aggregates (the liaison sees them); the overview names units and places: HQ only.
  'GET /api/operations/kpis': ['admin', 'commander', 'operator', 'liaison'],
  'GET /api/operations/overview': ['admin', 'commander', 'operator'],
  'GET /api/after-action': ['admin', 'commander', 'operator'],
};

/** Stands in for every route parameter: a well-formed id that matches nothing. */
const SAMPLE_ID = '0d9f4a52-6a53-4c6a-9a8e-000000000000';

const routeKey = (method: string, path: string) => `${method} ${path}`;

/** Routes registered on the Express router (Nest's middleware mounts show up here too, hence the two sources below). */
function expressRoutes(app: INestApplication): string[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: unknown; methods: Record<string, boolean> } }[] } }).router;
  const routes: string[] = [];
  for (const layer of router.stack) {
    if (!layer.route) continue;
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
    for (const path of paths) {
      for (const [method, enabled] of Object.entries(layer.route.methods)) {
        if (enabled) routes.push(routeKey(method === '_all' ? 'ALL' : method.toUpperCase(), String(path)));
      }
    }
  }
  return routes;
}

/** Every controller route Nest maps, from the controllers' own metadata (what the guards see). */
function controllerRoutes(app: INestApplication): string[] {
  const scanner = new MetadataScanner();
  const clean = (part: unknown) => String(part ?? '').replace(/^\/+|\/+$/g, '');
  const routes: string[] = [];
  for (const wrapper of new DiscoveryService(app.get(ModulesContainer)).getControllers()) {
    const controller = wrapper.metatype as (new () => object) | undefined;
    if (!controller) continue;
    const prefixes = [Reflect.getMetadata(PATH_METADATA, controller)].flat();
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, object>)[name];
      const paths = Reflect.getMetadata(PATH_METADATA, handler);
      if (paths === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      for (const prefix of prefixes) {
        for (const path of [paths].flat()) routes.push(routeKey(method, '/' + [clean(prefix), clean(path)].filter(Boolean).join('/')));
      }
    }
  }
  return routes;
}

function samplePath(path: string): string {
  return path
    .replace(/\{\*\w+\}|\*\w+/g, 'sample')
    .replace(/:\w+/g, SAMPLE_ID)
    .replace(/[{}]/g, '');
}

describe('route access policy (whole api)', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let routes: string[];
  let nestRoutes: string[];
  let mountedRoutes: string[];
  const staff = new Map<Role, TestStaff>();
  const prefix = `qinao-route-access-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: prefix,
      RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '10000',
      SEED_DEMO_ACCOUNTS: 'false',
    });
    app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'] });
    configureApp(app, app.get(AppConfig));
    // Routes on the adapter before init are mounted outside Nest (and its guards); init adds the controllers'.
    const adapterRoutes = expressRoutes(app);
    await app.init();
    nestRoutes = controllerRoutes(app);
    mountedRoutes = expressRoutes(app);
    routes = [...new Set([...adapterRoutes, ...nestRoutes])];
    for (const role of ROLES) staff.set(role, await insertStaff(app, { username: `access.${role.replace('_', '')}`, role }));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix);
  });

  it('has a policy line for every registered route, and a route for every policy line', () => {
    expect(nestRoutes.length).toBeGreaterThan(0);
    // The controller routes as read from metadata are the ones Express really serves.
    expect(nestRoutes.filter((route) => !mountedRoutes.includes(route))).toEqual([]);
    const missing = routes.filter((route) => !(route in POLICY));
    const stale = Object.keys(POLICY).filter((route) => !routes.includes(route));
    expect({ missingFromPolicy: missing, notRegistered: stale }).toEqual({ missingFromPolicy: [], notRegistered: [] });
  });

  it('gives each role, and anonymous callers, exactly the access the policy states', async () => {
    const violations: string[] = [];
    for (const key of routes) {
      const policy = POLICY[key];
      if (!policy) continue; // reported by the test above
      const [routeMethod, routePath] = key.split(' ');
      const route = { method: routeMethod, path: routePath };
      const callers: (Role | 'anonymous')[] = ['anonymous', ...ROLES];
      for (const caller of callers) {
        const method = (route.method === 'ALL' ? 'get' : route.method.toLowerCase()) as 'get' | 'post' | 'put' | 'patch' | 'delete';
        let req = request(app.getHttpServer())[method](samplePath(route.path));
        if (caller !== 'anonymous') req = req.set('Authorization', `Bearer ${staff.get(caller)!.token}`);
        if (['post', 'put', 'patch'].includes(method)) req = req.send({});
        const status = (await req).status;

        const expected =
          policy === 'public' ? 'not 401/403' : caller === 'anonymous' ? '401' : policy.includes(caller) ? 'not 401/403' : '403';
        const ok = expected === 'not 401/403' ? status !== 401 && status !== 403 : status === Number(expected);
        if (!ok) violations.push(`${route.method} ${route.path} as ${caller}: got ${status}, expected ${expected}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
