import { IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { AFTER_ACTION_FORMATS, LANGUAGES, type AfterActionFormat, type Language } from '@app/contracts';

export class KpisQueryDto {
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date-time such as 2024-09-05T00:00:00+08:00' })
  since?: string;
}

/** `from`/`to` are checked further (order, length, real dates) by the domain's afterActionPeriod. */
export class AfterActionQueryDto {
  @IsString({ message: 'from is required: an ISO 8601 date or date-time, e.g. 2024-09-05' })
  from: string;

  @IsString({ message: 'to is required: an ISO 8601 date or date-time, e.g. 2024-09-08' })
  to: string;

  @IsOptional()
  @IsIn([...AFTER_ACTION_FORMATS], { message: `format must be one of: ${AFTER_ACTION_FORMATS.join(', ')}` })
  format?: AfterActionFormat;

  @IsOptional()
  @IsIn([...LANGUAGES], { message: `lang must be one of: ${LANGUAGES.join(', ')}` })
  lang?: Language;
}
