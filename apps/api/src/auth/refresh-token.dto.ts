import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { RefreshRequest } from '@app/contracts';

export class RefreshTokenDto implements RefreshRequest {
  @ApiProperty({ description: 'The refresh token from the last login or refresh.' })
  @IsString()
  @Length(1, 200)
  refreshToken: string;
}
