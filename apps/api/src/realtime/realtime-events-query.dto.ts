import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { REALTIME_CATCH_UP_DEFAULT, REALTIME_CATCH_UP_MAX } from '@app/contracts';

export class RealtimeEventsQueryDto {
  /** The last seq the client has seen; 0 for everything still kept. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'after must be a whole number (the last seq you received)' })
  @Min(0)
  after: number = 0;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(REALTIME_CATCH_UP_MAX)
  limit: number = REALTIME_CATCH_UP_DEFAULT;
}
