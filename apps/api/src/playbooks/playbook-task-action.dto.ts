import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PLAYBOOK_TASK_NOTE_MAX, type PlaybookTaskAction } from '@app/contracts';

// Control characters other than line breaks, and text-direction overrides, can disguise a note on screens and in the
// audit log.
const NOTE_CHARACTERS = /^(?:[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\r?\n)*$/u;

export class PlaybookTaskActionDto implements PlaybookTaskAction {
  @ApiPropertyOptional({ maxLength: PLAYBOOK_TASK_NOTE_MAX, description: 'What was done (optional)' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(PLAYBOOK_TASK_NOTE_MAX, { message: `note must be at most ${PLAYBOOK_TASK_NOTE_MAX} characters long` })
  @Matches(/\S/, { message: 'note must not be blank (leave it out instead)' })
  @Matches(NOTE_CHARACTERS, { message: 'note must not contain control or text-direction characters (line breaks are allowed)' })
  note?: string;
}
