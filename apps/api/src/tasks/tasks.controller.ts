import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HQ_ROLES, type AuthUser, type FieldTask, type FieldTaskList } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { CreateTaskDto, TaskChecklistParamDto, TaskChecklistUpdateDto, TaskIdParamDto, TaskListQueryDto, TaskTransitionDto } from './task.dto.js';
import { TasksService } from './tasks.service.js';

/** Field tasks (`/api/tasks`): the HQ assigns; inspectors and crew leads move their own units' tasks. */
@Controller('api/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  /** Field roles get their own units' tasks whatever they ask. */
  @Roles(...HQ_ROLES, 'inspector', 'crew_lead')
  @Get()
  list(@Query() query: TaskListQueryDto, @CurrentUser() user: AuthUser): Promise<FieldTaskList> {
    return this.tasks.list(query, user);
  }

  @Roles(...HQ_ROLES)
  @Post()
  create(@Body() body: CreateTaskDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<FieldTask> {
    return this.tasks.create(body, user, meta);
  }

  /** 200 with the task; also 200, unchanged, for a resend of a move already applied (same clientId). */
  @Roles(...HQ_ROLES, 'inspector', 'crew_lead')
  @Post(':id/transition')
  @HttpCode(200)
  async transition(
    @Param() params: TaskIdParamDto,
    @Body() body: TaskTransitionDto,
    @CurrentUser() user: AuthUser,
    @RequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FieldTask> {
    const { task, replayed } = await this.tasks.transition(params.id, body, user, meta);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return task;
  }

  @Roles(...HQ_ROLES, 'inspector', 'crew_lead')
  @Post(':id/checklist/:itemId')
  @HttpCode(200)
  setChecklistItem(@Param() params: TaskChecklistParamDto, @Body() body: TaskChecklistUpdateDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<FieldTask> {
    return this.tasks.setChecklistItem(params.id, params.itemId, body.done, user, meta);
  }
}
