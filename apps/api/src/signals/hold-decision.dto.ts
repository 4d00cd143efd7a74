import { IsString, Length, Matches } from 'class-validator';
import type { SignalHoldDecision } from '@app/contracts';
import { PRINTABLE_LINE, SIGNAL_REASON_MAX } from './signal-text.validation.js';

export class HoldDecisionDto implements SignalHoldDecision {
  @IsString()
  @Length(1, SIGNAL_REASON_MAX, { message: `reason must be 1 to ${SIGNAL_REASON_MAX} characters long` })
  @Matches(/\S/, { message: 'reason must not be blank' })
  @Matches(PRINTABLE_LINE, { message: 'reason must not contain control or text-direction characters' })
  reason: string;
}
