import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SignJWT } from 'jose';
import { loadConfig } from '@app/config';
import type { AuthUser } from '@app/contracts';
import { AccessTokenService } from './access-token.service.js';
import type { AccountSessionCache } from './account-session.cache.js';
import { Public, Roles } from './auth.decorators.js';
import type { AuthRequest } from './auth-request.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { RolesGuard } from './roles.guard.js';
import { SessionAuthenticator } from './session-authenticator.js';

@Roles('admin')
class AdminOnlyController {
  list() {}
  @Public() open() {}
}

class MixedController {
  @Public() open() {}
  @Roles('commander', 'operator') draft() {}
  forgotten() {}
}

@Public()
class PublicController {
  @Roles('admin') restricted() {}
  anything() {}
}

const config = loadConfig({});
const tokens = new AccessTokenService(config);
const reflector = new Reflector();
// Every account is active with the role and version its token carries, except the deactivated one.
const deactivatedId = '6f1c1f3e-2a43-4b0c-9a56-1b9b9c7f0a09';
const accounts = {
  get: async (id: string) => (id === deactivatedId ? { active: false, role: 'operator', tokenVersion: 0 } : { active: true, role: roleOf.get(id), tokenVersion: 0 }),
} as unknown as AccountSessionCache;
const roleOf = new Map<string, string>();
const authentication = new AuthenticationGuard(reflector, new SessionAuthenticator(tokens, accounts));
const roles = new RolesGuard(reflector);

const commander: AuthUser = { id: '6f1c1f3e-2a43-4b0c-9a56-1b9b9c7f0a01', username: 'cmd', role: 'commander', displayName: 'Cmd' };
const admin: AuthUser = { id: '6f1c1f3e-2a43-4b0c-9a56-1b9b9c7f0a02', username: 'adm', role: 'admin', displayName: 'Adm' };

function contextFor(controller: new () => object, method: string, authorization?: string, type = 'http') {
  const request = { headers: authorization ? { authorization } : {} } as AuthRequest;
  const context = {
    getType: () => type,
    getHandler: () => (controller.prototype as Record<string, unknown>)[method],
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

/** Both global guards in their order; resolves to the request or rejects with the guard's error. */
async function pass(controller: new () => object, method: string, authorization?: string) {
  const { context, request } = contextFor(controller, method, authorization);
  await authentication.canActivate(context);
  roles.canActivate(context);
  return request;
}

const bearer = async (user: AuthUser) => {
  roleOf.set(user.id, user.role);
  return `Bearer ${await tokens.sign(user)}`;
};

describe('authentication and roles guards', () => {
  it('lets anyone call a public route and ignores a bad token there', async () => {
    expect((await pass(MixedController, 'open')).user).toBeUndefined();
    expect((await pass(MixedController, 'open', 'Bearer not-a-token')).user).toBeUndefined();
    expect((await pass(MixedController, 'open', await bearer(commander))).user).toEqual(commander);
  });

  it('asks for a token on a role route and passes the verifier\'s reason on', async () => {
    await expect(pass(MixedController, 'draft')).rejects.toMatchObject({ kind: 'unauthenticated', code: 'missing_token' });
    await expect(pass(MixedController, 'draft', 'Basic YWRtaW46YWRtaW4=')).rejects.toMatchObject({ code: 'missing_token' });
    await expect(pass(MixedController, 'draft', 'Bearer abc.def.ghi')).rejects.toMatchObject({ kind: 'unauthenticated', code: 'invalid_token' });
    const expired = await new SignJWT({ role: 'commander', username: 'cmd' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(commander.id)
      .setIssuer('qinao-alert')
      .setAudience('qinao-alert-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(config.jwtSecret));
    await expect(pass(MixedController, 'draft', `Bearer ${expired}`)).rejects.toMatchObject({ code: 'token_expired' });
  });

  it('allows the listed roles and refuses the others, naming who is allowed', async () => {
    const request = await pass(MixedController, 'draft', await bearer(commander));
    expect(request.user).toEqual(commander);
    const refusal = pass(MixedController, 'draft', await bearer(admin));
    await expect(refusal).rejects.toMatchObject({ kind: 'forbidden', code: 'forbidden_role' });
    await expect(refusal).rejects.toThrow(/commander, operator/);
  });

  it('denies a route that declares neither @Public() nor @Roles() to every caller', async () => {
    await expect(pass(MixedController, 'forgotten', await bearer(admin))).rejects.toMatchObject({ kind: 'forbidden', code: 'route_not_declared' });
    await expect(pass(MixedController, 'forgotten')).rejects.toMatchObject({ kind: 'unauthenticated' });
  });

  it('lets a method\'s declaration override its controller\'s', async () => {
    await expect(pass(AdminOnlyController, 'list', await bearer(commander))).rejects.toMatchObject({ code: 'forbidden_role' });
    await expect(pass(AdminOnlyController, 'list', await bearer(admin))).resolves.toBeDefined();
    await expect(pass(AdminOnlyController, 'open')).resolves.toBeDefined();
    await expect(pass(PublicController, 'anything')).resolves.toBeDefined();
    await expect(pass(PublicController, 'restricted')).rejects.toMatchObject({ code: 'missing_token' });
    await expect(pass(PublicController, 'restricted', await bearer(commander))).rejects.toMatchObject({ code: 'forbidden_role' });
  });

  it('refuses the token of a deactivated account on role routes and ignores it on public ones', async () => {
    const gone: AuthUser = { id: deactivatedId, username: 'gone', role: 'operator', displayName: 'Gone' };
    const token = `Bearer ${await tokens.sign(gone)}`;
    await expect(pass(MixedController, 'draft', token)).rejects.toMatchObject({ kind: 'unauthenticated', code: 'account_inactive' });
    expect((await pass(MixedController, 'open', token)).user).toBeUndefined();
  });

  it('refuses a token whose role no longer matches the account', async () => {
    const token = await bearer(commander);
    roleOf.set(commander.id, 'operator');
    await expect(pass(MixedController, 'draft', token)).rejects.toMatchObject({ code: 'token_revoked' });
    roleOf.set(commander.id, 'commander');
  });

  it('leaves non-HTTP contexts to their own authentication', async () => {
    const { context } = contextFor(MixedController, 'forgotten', undefined, 'ws');
    await expect(authentication.canActivate(context)).resolves.toBe(true);
    expect(roles.canActivate(context)).toBe(true);
  });
});
