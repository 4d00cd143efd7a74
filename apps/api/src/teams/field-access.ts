import { Injectable } from '@nestjs/common';
import { HQ_ROLES, type AuthUser } from '@app/contracts';
import { TeamRepository } from '@app/database';

/**
 * Which units a caller may see and act for: HQ roles every unit (null), field roles the units whose roster lists
 * their account. Anything outside answers 404, so a field account cannot learn what other units do.
 */
@Injectable()
export class FieldAccess {
  constructor(private readonly teams: TeamRepository) {}

  async teamScope(user: AuthUser): Promise<string[] | null> {
    return HQ_ROLES.includes(user.role) ? null : this.teams.teamIdsOf(user.id);
  }

  async canActFor(user: AuthUser, teamId: string): Promise<boolean> {
    const scope = await this.teamScope(user);
    return scope === null || scope.includes(teamId);
  }
}
