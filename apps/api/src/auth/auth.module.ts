import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RefreshTokenRepository, StaffUserRepository } from '@app/database';
import { AuditModule } from '../audit/audit.module.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokenService } from './refresh-token.service.js';
import { RolesGuard } from './roles.guard.js';

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
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokenService, PasswordHasher, StaffUserRepository, RefreshTokenRepository],
})
export class AuthModule {}
