import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PLAYBOOK_RUN_LIST_DEFAULT, PLAYBOOK_RUN_LIST_MAX, PLAYBOOK_RUN_STATUS_FILTERS, type PlaybookRunStatusFilter } from '@app/contracts';

export class PlaybookRunsQueryDto {
  @ApiPropertyOptional({ enum: PLAYBOOK_RUN_STATUS_FILTERS, default: 'open' })
  @IsOptional()
  @IsIn([...PLAYBOOK_RUN_STATUS_FILTERS], { message: `status must be one of: ${PLAYBOOK_RUN_STATUS_FILTERS.join(', ')}` })
  status: PlaybookRunStatusFilter = 'open';

  @ApiPropertyOptional({ minimum: 1, maximum: PLAYBOOK_RUN_LIST_MAX, default: PLAYBOOK_RUN_LIST_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(PLAYBOOK_RUN_LIST_MAX, { message: `limit must be at most ${PLAYBOOK_RUN_LIST_MAX}` })
  limit: number = PLAYBOOK_RUN_LIST_DEFAULT;
}
