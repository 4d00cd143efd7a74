import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HQ_ROLES, type AuthUser, type PlaybookRuleList, type PlaybookRunList, type PlaybookTaskActionResult } from '@app/contracts';
import { DomainError } from '@app/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { PlaybookRunsQueryDto } from './playbook-runs-query.dto.js';
import { PlaybookRunsService } from './playbook-runs.service.js';
import { PlaybookTaskActionDto } from './playbook-task-action.dto.js';
import { PlaybookTasksService } from './playbook-tasks.service.js';

const taskId = () =>
  new ParseUUIDPipe({ exceptionFactory: () => new DomainError('invalid', 'invalid_task_id', 'The task id in the path must be a UUID (as listed in the run).') });

@ApiTags('playbooks')
@Controller('api/playbooks')
@Roles(...HQ_ROLES)
export class PlaybooksController {
  constructor(
    private readonly runs: PlaybookRunsService,
    private readonly tasks: PlaybookTasksService,
  ) {}

  /** Runs with their tasks, newest first (`status` open by default). */
  @Get('runs')
  list(@Query() query: PlaybookRunsQueryDto): Promise<PlaybookRunList> {
    return this.runs.list(query.status, query.limit);
  }

  /** The playbook rules as data: triggers, checklists, alert templates and facts to verify. */
  @Get('rules')
  rules(): PlaybookRuleList {
    return this.runs.rules();
  }

  @Post('tasks/:id/acknowledge')
  @HttpCode(200)
  acknowledge(@Param('id', taskId()) id: string, @Body() body: PlaybookTaskActionDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<PlaybookTaskActionResult> {
    return this.tasks.act(id, 'acknowledge', body, user, meta);
  }

  @Post('tasks/:id/done')
  @HttpCode(200)
  done(@Param('id', taskId()) id: string, @Body() body: PlaybookTaskActionDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<PlaybookTaskActionResult> {
    return this.tasks.act(id, 'done', body, user, meta);
  }
}
