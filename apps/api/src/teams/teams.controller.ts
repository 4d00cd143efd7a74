import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HQ_ROLES, ROSTER_CSV_MAX_BYTES, type AuthUser, type RosterImportResult, type Team, type TeamList } from '@app/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { readCsvBody } from './csv-body.reader.js';
import { RosterImportService } from './roster-import.service.js';
import { CreateTeamDto, SetReadinessDto, TeamIdParamDto, UpdateTeamDto } from './team.dto.js';
import { TeamsService } from './teams.service.js';

/** Inspection teams and rescue crews (`/api/teams`). Field roles see only their own units; liaisons none. */
@Controller('api/teams')
export class TeamsController {
  constructor(
    private readonly teams: TeamsService,
    private readonly roster: RosterImportService,
  ) {}

  @Roles(...HQ_ROLES, 'inspector', 'crew_lead')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<TeamList> {
    return this.teams.list(user);
  }

  @Roles(...HQ_ROLES)
  @Post()
  create(@Body() body: CreateTeamDto, @RequestMeta() meta: RequestMeta): Promise<Team> {
    return this.teams.create(body, meta);
  }

  /**
   * Body: the roster as `text/csv`. 200 with the counts when applied; 422 with every bad row (line, column,
   * message) when not, and then nothing is stored.
   */
  @Roles(...HQ_ROLES)
  @Post('roster')
  async importRoster(@Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<RosterImportResult> {
    const text = await readCsvBody(request, response, ROSTER_CSV_MAX_BYTES);
    const result = await this.roster.import(text, user, meta);
    response.status(result.applied ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY);
    return result;
  }

  @Roles(...HQ_ROLES)
  @Patch(':id')
  update(@Param() params: TeamIdParamDto, @Body() body: UpdateTeamDto, @RequestMeta() meta: RequestMeta): Promise<Team> {
    return this.teams.update(params.id, body, meta);
  }

  /** HQ roles for any unit; a crew lead for a crew whose roster lists them. */
  @Roles(...HQ_ROLES, 'crew_lead')
  @Post(':id/readiness')
  @HttpCode(200)
  setReadiness(@Param() params: TeamIdParamDto, @Body() body: SetReadinessDto, @CurrentUser() user: AuthUser, @RequestMeta() meta: RequestMeta): Promise<Team> {
    return this.teams.setReadiness(params.id, body, user, meta);
  }
}
