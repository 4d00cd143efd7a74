import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RefreshTokenRepository, StaffUserRepository } from '@app/database';
import { AuditModule } from '../audit/audit.module.js';
import { AccessTokenService } from './access-token.service.js';
import { AccountSessionCache } from './account-session.cache.js';
import { AccountSessionRepository } from './account-session.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokenService } from './refresh-token.service.js';
import { RolesGuard } from './roles.guard.js';
import { SessionAuthenticator } from './session-authenticator.js';

/**
 * Login, tokens, and the two global guards (authentication, then roles) that make every HTTP route
 * deny by default. Guards registered as APP_GUARD run in this order.
 */
@Module({
  imports: [AuditModule],
  controllers: [AuthController],
  providers: [
    AccessTokenService,
    PasswordHasher,
    StaffUserRepository,
    RefreshTokenRepository,
    RefreshTokenService,
    AuthService,
    AccountSessionRepository,
    AccountSessionCache,
    SessionAuthenticator,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokenService, PasswordHasher, StaffUserRepository, RefreshTokenRepository, AccountSessionRepository, AccountSessionCache, SessionAuthenticator],
})
export class AuthModule {}
