import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UploadedFiles, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FIELD_ROLES, HQ_ROLES, type AuthUser, type HazardReport, type HazardReportList } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { readHazardReportForm, type UploadedPart } from './hazard-report-form.reader.js';
import { HazardReportIntakeService } from './hazard-report-intake.service.js';
import { HazardReportMultipart, HazardUploadErrorsInterceptor } from './hazard-report-upload.interceptor.js';
import { HazardReportViewsService } from './hazard-report-views.service.js';
import { HazardReportWorkflowService } from './hazard-report-workflow.service.js';
import { HazardPhotoParamsDto, HazardReportIdParamDto, HazardReportListQueryDto, HazardReportTransitionDto } from './hazard-report.dto.js';

/**
 * `/api/reports`: hazard reports from the field. HQ roles see and move every report; inspectors and crew leads see
 * their own reports and those assigned to their teams (others answer 404). Liaisons see only the counts elsewhere.
 */
@Controller('api/reports')
@Roles(...HQ_ROLES, ...FIELD_ROLES)
export class HazardReportsController {
  constructor(
    private readonly intake: HazardReportIntakeService,
    private readonly workflow: HazardReportWorkflowService,
    private readonly reports: HazardReportViewsService,
  ) {}

  /** multipart/form-data: `report` (JSON) and up to 4 `photos`. 201 new, 200 the same report again, 409 a reused client id. */
  @Post()
  @UseInterceptors(HazardUploadErrorsInterceptor, HazardReportMultipart)
  async create(
    @Req() req: Request,
    @UploadedFiles() files: UploadedPart[] | undefined,
    @CurrentUser() user: AuthUser,
    @RequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HazardReport> {
    const form = await readHazardReportForm(req.body, files);
    const { report, created } = await this.intake.submit(form, user, meta);
    res.status(created ? 201 : 200);
    return report;
  }

  @Get()
  async list(@Query() query: HazardReportListQueryDto, @CurrentUser() user: AuthUser): Promise<HazardReportList> {
    const open = query.open === undefined ? undefined : query.open === 'true';
    return { items: await this.reports.list({ state: query.state, category: query.category, open }, user) };
  }

  @Get(':id')
  get(@Param() params: HazardReportIdParamDto, @CurrentUser() user: AuthUser): Promise<HazardReport> {
    return this.reports.get(params.id, user);
  }

  /** The photo's bytes with its checked type; never sniffed by the browser as anything else. */
  @Get(':id/photos/:photoId')
  async photo(@Param() params: HazardPhotoParamsDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { photo, stored } = await this.reports.photo(params.id, params.photoId, user);
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, max-age=86400, immutable' });
    return new StreamableFile(stored.body, { type: photo.contentType, length: stored.bytes ?? photo.bytes, disposition: 'inline' });
  }

  @Post(':id/transition')
  @HttpCode(200)
  transition(
    @Param() params: HazardReportIdParamDto,
    @Body() body: HazardReportTransitionDto,
    @CurrentUser() user: AuthUser,
    @RequestMeta() meta: RequestMeta,
  ): Promise<HazardReport> {
    return this.workflow.transition(params.id, body, user, meta);
  }
}
