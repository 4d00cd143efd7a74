import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SIGNAL_PROBABILITIES, type SignalOutlookRow, type SignalOutlookUpdate, type SignalProbability } from '@app/contracts';
import { CATALOGUE_ID, PRINTABLE_LINE } from './signal-text.validation.js';

export const OUTLOOK_ROWS_MAX = 12;
export const OUTLOOK_WINDOW_MAX = 100;

export class SignalOutlookRowDto implements SignalOutlookRow {
  @IsString()
  @Matches(CATALOGUE_ID, { message: 'each row level must be a level code such as 3, 8 or 8SE' })
  level: string;

  @IsIn([...SIGNAL_PROBABILITIES], { message: `each row probability must be one of: ${SIGNAL_PROBABILITIES.join(', ')}` })
  probability: SignalProbability;

  @IsDefined({ message: 'each row window must be a text such as "between 14:00 and 17:00", or null' })
  @ValidateIf((_row, value) => value !== null)
  @IsString()
  @Length(1, OUTLOOK_WINDOW_MAX, { message: `each row window must be 1 to ${OUTLOOK_WINDOW_MAX} characters long, or null` })
  @Matches(PRINTABLE_LINE, { message: 'each row window must not contain control or text-direction characters' })
  window: string | null;
}

/** `PUT /api/signals/outlook`. */
export class SignalOutlookDto implements SignalOutlookUpdate {
  @IsOptional()
  @Matches(CATALOGUE_ID, { message: 'authority must be a catalogue id such as smg' })
  authority?: string;

  @IsOptional()
  @Matches(CATALOGUE_ID, { message: 'hazard must be a catalogue id such as tropical-cyclone' })
  hazard?: string;

  @IsArray({ message: 'rows must be a list' })
  @ArrayMaxSize(OUTLOOK_ROWS_MAX, { message: `rows must have at most ${OUTLOOK_ROWS_MAX} entries` })
  @ValidateNested({ each: true })
  @Type(() => SignalOutlookRowDto)
  rows: SignalOutlookRowDto[];

  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'publishedAt must be an ISO 8601 date and time' })
  @Matches(/T\d{2}:\d{2}/, { message: 'publishedAt must include a time of day' })
  publishedAt: string;
}

export class SignalOutlookQuery {
  @IsOptional()
  @Matches(CATALOGUE_ID, { message: 'authority must be a catalogue id such as smg' })
  authority?: string;

  @IsOptional()
  @Matches(CATALOGUE_ID, { message: 'hazard must be a catalogue id such as tropical-cyclone' })
  hazard?: string;
}
