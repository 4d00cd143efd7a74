import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { Team } from '@app/contracts';
import { TeamRepository } from '@app/database';
import { RealtimePublisher } from '@app/realtime';
import { toTeam } from './team.mapper.js';

/** Reads units for answers and sends `ops.team` to the HQ after a change has committed. */
@Injectable()
export class TeamViews {
  private readonly logger = new Logger(TeamViews.name);

  constructor(
    private readonly teams: TeamRepository,
    private readonly publisher: RealtimePublisher,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  get silentAfterMinutes(): number {
    return this.config.teamSilentAfterMinutes;
  }

  async list(ids?: readonly string[]): Promise<Team[]> {
    const now = new Date();
    return (await this.teams.list(ids)).map((t) => toTeam(t, this.silentAfterMinutes, now));
  }

  async get(id: string): Promise<Team | null> {
    const [team] = await this.list([id]);
    return team ?? null;
  }

  /** After commit: the change stays stored if broadcasting fails (clients catch up or reload). */
  async publish(ids: readonly string[]): Promise<Team[]> {
    const teams = ids.length ? await this.list(ids) : [];
    for (const team of teams) {
      try {
        await this.publisher.publish('hq', 'ops.team', { team });
      } catch (err) {
        this.logger.warn({ err, teamId: team.id }, 'team change stored but not published');
      }
    }
    return teams;
  }
}
