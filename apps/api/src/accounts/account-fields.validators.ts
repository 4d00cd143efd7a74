import { applyDecorators } from '@nestjs/common';
import { IsBoolean, IsIn, IsString, Length, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MIN_PASSWORD_LENGTH, ROLES, USERNAME_PATTERN } from '@app/contracts';

// Control and bidirectional-override characters can disguise a name in lists and logs.
const PRINTABLE = /^[^\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;

/** Validation rules for each account field, shared by the create and update bodies. */
export const AccountField = {
  username: () =>
    applyDecorators(
      IsString(),
      Matches(new RegExp(USERNAME_PATTERN.source, 'i'), {
        message: 'username must be 3 to 32 characters: letters, digits, ".", "_" or "-", starting with a letter or digit',
      }),
    ),
  displayName: () =>
    applyDecorators(
      IsString(),
      Length(1, 100, { message: 'displayName must be 1 to 100 characters long' }),
      Matches(/\S/, { message: 'displayName must not be blank' }),
      Matches(PRINTABLE, { message: 'displayName must not contain control or text-direction characters' }),
    ),
  role: () => IsIn([...ROLES], { message: `role must be one of: ${ROLES.join(', ')}` }),
  password: () =>
    applyDecorators(
      IsString(),
      MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` }),
      MaxLength(256, { message: 'password must be at most 256 characters long' }),
    ),
  phone: () => Matches(/^\+?[0-9][0-9 -]{5,19}$/, { message: 'phone must be a phone number such as +853 2888 1234 (digits, spaces, dashes, optional +)' }),
  active: () => IsBoolean({ message: 'active must be true or false' }),
  /** For PATCH: the field may be left out, but null is not a value it can take. */
  optionalNotNull: () => ValidateIf((_object: object, value: unknown) => value !== undefined),
};
