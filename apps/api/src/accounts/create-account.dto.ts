import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MIN_PASSWORD_LENGTH, ROLES, type CreateAccountRequest, type Role } from '@app/contracts';
import { AccountField } from './account-fields.validators.js';

export class CreateAccountDto implements CreateAccountRequest {
  @ApiProperty({ example: 'op.wang', description: '3 to 32 letters, digits, ".", "_" or "-"; stored in lower case' })
  @AccountField.username()
  username: string;

  @ApiProperty({ example: 'Wang Operator' })
  @AccountField.displayName()
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @AccountField.role()
  role: Role;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @AccountField.password()
  password: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+853 2888 1234' })
  @IsOptional()
  @AccountField.phone()
  phone?: string | null;
}
