import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, type AuditQuery } from '@app/contracts';

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ description: "Only entries older than this id: pass the previous page's nextBefore" })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'before must be an audit entry id (a positive whole number)' })
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: AUDIT_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  limit: number = AUDIT_PAGE_DEFAULT;

  @ApiPropertyOptional({ example: 'staff_user' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a staff user id (UUID)' })
  actorId?: string;

  @ApiPropertyOptional({ example: 'auth.login_failed' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;
}
