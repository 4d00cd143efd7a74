import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { CATALOGUE_ID } from './signal-text.validation.js';

export const SIGNAL_HISTORY_DEFAULT = 100;
export const SIGNAL_HISTORY_MAX = 500;

/** `GET /api/signals/history?authority=&area=&hazard=&from=&to=&limit=` (times filter when changes were received). */
export class SignalHistoryQuery {
  @IsOptional()
  @Matches(CATALOGUE_ID, { message: 'authority must be a catalogue id such as smg' })
  authority?: string;

  @IsOptional()
  @Matches(CATALOGUE_ID, { message: 'area must be a catalogue id such as macau' })
  area?: string;

  @IsOptional()
  @Matches(CATALOGUE_ID, { message: 'hazard must be a catalogue id such as rainstorm' })
  hazard?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date and time' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date and time' })
  to?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${SIGNAL_HISTORY_MAX}` })
  @Max(SIGNAL_HISTORY_MAX, { message: `limit must be between 1 and ${SIGNAL_HISTORY_MAX}` })
  limit: number = SIGNAL_HISTORY_DEFAULT;
}
