import { Type } from 'class-transformer';
import { IsObject, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { AREA_ID } from '../push/subscription-settings.dto.js';

// Control characters (line breaks included) and text-direction overrides can disguise a text on HQ screens.
export const PRINTABLE = /^[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;
export const NOT_BLANK = /\S/;
export const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** Place ids of the reference data have the shape of area ids. */
export const REFERENCE_ID = AREA_ID;

/**
 * Several decorators as one, applied as if written stacked above the property in this order: TypeScript applies
 * stacked decorators bottom-up, and class-validator reports a field's problems in the order they were applied.
 */
export function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of [...decorators].reverse()) decorator(target, key);
  };
}

/** Validation rules shared by the field-operations request bodies (teams, tasks, check-ins, reports, evacuation). */
export const FieldInput = {
  /** The phone's id for a record that may have waited offline: a resend under the same id is stored once. */
  clientId: () =>
    stacked(
      IsString({ message: 'clientId must be a string' }),
      Matches(CLIENT_ID, { message: 'clientId must be 8 to 64 letters, digits, - or _ (a UUID works)' }),
    ),
  /** A one-line text of at most `max` characters (empty allowed). */
  text: (name: string, max: number) =>
    stacked(
      IsString({ message: `${name} must be a string` }),
      MaxLength(max, { message: `${name} must be at most ${max} characters long` }),
      Matches(PRINTABLE, { message: `${name} must not contain control or text-direction characters` }),
    ),
  /** A one-line text of 1 to `max` characters (spaces alone count as text). */
  nonEmptyText: (name: string, max: number) =>
    stacked(
      IsString({ message: `${name} must be a string` }),
      MinLength(1, { message: `${name} must not be empty` }),
      MaxLength(max, { message: `${name} must be at most ${max} characters long` }),
      Matches(PRINTABLE, { message: `${name} must not contain control or text-direction characters` }),
    ),
  /** A one-line text of at most `max` characters with something other than spaces in it. */
  nonBlankText: (name: string, max: number) =>
    stacked(
      IsString({ message: `${name} must be a string` }),
      Matches(NOT_BLANK, { message: `${name} must not be empty` }),
      MaxLength(max, { message: `${name} must be at most ${max} characters long` }),
      Matches(PRINTABLE, { message: `${name} must not contain control or text-direction characters` }),
    ),
  /** A `location` object checked against its own DTO class (a LocationDto or one that extends it). */
  location: (dto: () => new () => object) =>
    stacked(IsObject({ message: 'location must be an object with lat and lon' }), ValidateNested(), Type(dto)),
};
