import { Body, Controller, Get, Post } from '@nestjs/common';
import { ROLES, type AuthUser, type Notice, type NoticeList } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { CreateNoticeDto } from './create-notice.dto.js';
import { NoticesService } from './notices.service.js';

@Controller('api/notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  /** Sends a short notice to a group of staff; they receive `notice.created` live. */
  @Roles('commander', 'admin')
  @Post()
  create(@Body() body: CreateNoticeDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Notice> {
    return this.notices.create(body, user, meta);
  }

  @Roles(...ROLES)
  @Get()
  async list(@CurrentUser() user: AuthUser): Promise<NoticeList> {
    return { items: await this.notices.listFor(user) };
  }
}
