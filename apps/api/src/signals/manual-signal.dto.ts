import { IsDefined, IsIn, IsISO8601, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { SIGNAL_ACTIONS, type ManualSignalRequest, type SignalAction } from '@app/contracts';
import { CATALOGUE_ID, PRINTABLE_LINE, SIGNAL_REASON_MAX } from './signal-text.validation.js';

/** `POST /api/signals/manual`: catalogue ids are checked against the catalogue by the service. */
export class ManualSignalDto implements ManualSignalRequest {
  @IsString()
  @Matches(CATALOGUE_ID, { message: 'authority must be a catalogue id such as smg or gd-zhuhai' })
  authority: string;

  @IsString()
  @Matches(CATALOGUE_ID, { message: 'area must be a catalogue id such as macau or hengqin' })
  area: string;

  @IsString()
  @Matches(CATALOGUE_ID, { message: 'hazard must be a catalogue id such as tropical-cyclone or rainstorm' })
  hazard: string;

  @IsDefined({ message: 'level must be a level code, or null for none in force' })
  @ValidateIf((_dto, value) => value !== null)
  @IsString({ message: 'level must be a level code, or null for none in force' })
  @Matches(CATALOGUE_ID, { message: 'level must be a level code such as 8SE or red' })
  level: string | null;

  @IsIn([...SIGNAL_ACTIONS], { message: `action must be one of: ${SIGNAL_ACTIONS.join(', ')}` })
  action: SignalAction;

  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'issuedAt must be an ISO 8601 date and time, e.g. 2024-09-05T22:00:00+08:00' })
  @Matches(/T\d{2}:\d{2}/, { message: 'issuedAt must include a time of day' })
  issuedAt: string;

  @IsString()
  @Length(1, SIGNAL_REASON_MAX, { message: `reason must be 1 to ${SIGNAL_REASON_MAX} characters long` })
  @Matches(/\S/, { message: 'reason must not be blank' })
  @Matches(PRINTABLE_LINE, { message: 'reason must not contain control or text-direction characters' })
  reason: string;
}
