import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const PUBLIC_ALERTS_DEFAULT_LIMIT = 20;
export const PUBLIC_ALERTS_MAX_LIMIT = 100;

export class PublicAlertsQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${PUBLIC_ALERTS_MAX_LIMIT}` })
  @Max(PUBLIC_ALERTS_MAX_LIMIT, { message: `limit must be between 1 and ${PUBLIC_ALERTS_MAX_LIMIT}` })
  limit?: number;
}
