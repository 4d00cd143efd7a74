import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type AuthUser, type LoginResponse } from '@app/contracts';
import { RateLimit } from '../http/rate-limit.decorator.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { CurrentUser, Public, Roles } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './login.dto.js';
import { RefreshTokenDto } from './refresh-token.dto.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @RateLimit('login')
  @Post('login')
  @HttpCode(HttpStatus.OK)
  login(@Body() body: LoginDto, @RequestMeta() meta: RequestMeta): Promise<LoginResponse> {
    return this.auth.login(body.username, body.password, meta);
  }

  @Public()
  @RateLimit('public')
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  refresh(@Body() body: RefreshTokenDto, @RequestMeta() meta: RequestMeta): Promise<LoginResponse> {
    return this.auth.refresh(body.refreshToken, meta);
  }

  // Public: holding the refresh token is what entitles a client to end its session, even after its access token expired.
  @Public()
  @RateLimit('public')
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  logout(@Body() body: RefreshTokenDto, @RequestMeta() meta: RequestMeta): Promise<void> {
    return this.auth.logout(body.refreshToken, meta);
  }

  @Roles(...ROLES)
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<AuthUser> {
    return this.auth.me(user);
  }
}
