import { Injectable } from '@nestjs/common';
import type { PlaybookRuleList, PlaybookRunList, PlaybookRunStatusFilter } from '@app/contracts';
import { PlaybookRunRepository } from '@app/database';
import { PLAYBOOK_RULES, playbookRuleView } from '@app/domain';

/** What the HQ reads: the runs with their tasks, and the rules as data. */
@Injectable()
export class PlaybookRunsService {
  constructor(private readonly runs: PlaybookRunRepository) {}

  async list(status: PlaybookRunStatusFilter, limit: number): Promise<PlaybookRunList> {
    return { items: await this.runs.list(status, limit) };
  }

  rules(): PlaybookRuleList {
    return { items: PLAYBOOK_RULES.map(playbookRuleView) };
  }
}
