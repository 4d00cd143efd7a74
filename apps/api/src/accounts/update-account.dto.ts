import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MIN_PASSWORD_LENGTH, ROLES, type Role, type UpdateAccountRequest } from '@app/contracts';
import { AccountField } from './account-fields.validators.js';

export class UpdateAccountDto implements UpdateAccountRequest {
  @ApiPropertyOptional({ example: 'Wang Operator' })
  @AccountField.optionalNotNull()
  @AccountField.displayName()
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @AccountField.optionalNotNull()
  @AccountField.role()
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the account and signs it out everywhere' })
  @AccountField.optionalNotNull()
  @AccountField.active()
  active?: boolean;

  /** null removes the phone number. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @AccountField.phone()
  phone?: string | null;

  /** A new password; signs the account out on every device. */
  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH })
  @AccountField.optionalNotNull()
  @AccountField.password()
  password?: string;
}
