import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { HQ_ROLES, type Alert, type AlertProblem, type AlertTemplate, type AuthUser } from '@app/contracts';
import { ALERT_APPROVER_ROLES, ALERT_COMPOSER_ROLES } from '@app/domain';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { AlertIdParamDto, ApproveAlertDto, CreateAlertDto, ListAlertsQueryDto, RejectAlertDto, UpdateAlertDto } from './alert.dto.js';
import { AlertsService } from './alerts.service.js';

/** The alert composer and its two-person approval; CAP 1.2 and Atom out for the public. */
@Controller('api/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Roles(...HQ_ROLES)
  @Get('templates')
  templates(): { items: readonly AlertTemplate[] } {
    return { items: this.alerts.templates() };
  }

  @Public()
  @Get('feed.atom')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  feed(): Promise<string> {
    return this.alerts.atomFeed();
  }

  @Roles(...ALERT_COMPOSER_ROLES)
  @Post()
  create(@Body() body: CreateAlertDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.create(body, user, meta);
  }

  @Roles(...HQ_ROLES)
  @Get()
  async list(@Query() query: ListAlertsQueryDto): Promise<{ items: Alert[] }> {
    return { items: await this.alerts.list(query.state) };
  }

  @Roles(...HQ_ROLES)
  @Get(':id')
  get(@Param() params: AlertIdParamDto): Promise<Alert> {
    return this.alerts.get(params.id);
  }

  @Public()
  @Get(':id/cap.xml')
  @Header('Content-Type', 'application/cap+xml; charset=utf-8')
  cap(@Param() params: AlertIdParamDto): Promise<string> {
    return this.alerts.capXml(params.id);
  }

  @Roles(...ALERT_COMPOSER_ROLES)
  @Patch(':id')
  update(@Param() params: AlertIdParamDto, @Body() body: UpdateAlertDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.update(params.id, body, user, meta);
  }

  /** The problems that would stop a submit; changes nothing. */
  @Roles(...ALERT_COMPOSER_ROLES)
  @Post(':id/validate')
  @HttpCode(200)
  async validate(@Param() params: AlertIdParamDto): Promise<{ problems: AlertProblem[] }> {
    return { problems: await this.alerts.validate(params.id) };
  }

  @Roles(...ALERT_COMPOSER_ROLES)
  @Post(':id/submit')
  @HttpCode(200)
  submit(@Param() params: AlertIdParamDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.submit(params.id, user, meta);
  }

  @Roles(...ALERT_APPROVER_ROLES)
  @Post(':id/approve')
  @HttpCode(200)
  approve(@Param() params: AlertIdParamDto, @Body() body: ApproveAlertDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.approve(params.id, body.confirmation, user, meta);
  }

  @Roles(...ALERT_APPROVER_ROLES)
  @Post(':id/reject')
  @HttpCode(200)
  reject(@Param() params: AlertIdParamDto, @Body() body: RejectAlertDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.reject(params.id, body.reason, user, meta);
  }

  /** A new draft Update of a published alert, referencing it. */
  @Roles(...ALERT_COMPOSER_ROLES)
  @Post(':id/update')
  followUpUpdate(@Param() params: AlertIdParamDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.followUp(params.id, 'Update', user, meta);
  }

  /** A new draft Cancel of a published alert, referencing it. */
  @Roles(...ALERT_COMPOSER_ROLES)
  @Post(':id/cancel')
  followUpCancel(@Param() params: AlertIdParamDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.followUp(params.id, 'Cancel', user, meta);
  }

  /** Publishes the prepared correction of an alert sent in error at once, without another approval round. */
  @Roles(...ALERT_APPROVER_ROLES)
  @Post(':id/sent-in-error')
  sentInError(@Param() params: AlertIdParamDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Alert> {
    return this.alerts.sentInError(params.id, user, meta);
  }
}
