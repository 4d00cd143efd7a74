import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { LoginRequest } from '@app/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'commander' })
  @IsString()
  @Length(1, 100)
  username: string;

  // No minimum here: a login only checks the password, and the length rule belongs to setting one.
  @ApiProperty({ example: 'qinao-demo-pass' })
  @IsString()
  @Length(1, 1024)
  password: string;
}
