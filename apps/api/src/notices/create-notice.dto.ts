import { IsIn, IsString, Length, Matches } from 'class-validator';
import { NOTICE_AUDIENCES, NOTICE_MESSAGE_MAX, type CreateNoticeRequest, type NoticeAudience } from '@app/contracts';

// Control characters (line breaks included: a notice is one line) and text-direction overrides can disguise a
// message on screens and in the audit log.
const PRINTABLE = /^[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;

export class CreateNoticeDto implements CreateNoticeRequest {
  @IsIn([...NOTICE_AUDIENCES], { message: `audience must be one of: ${NOTICE_AUDIENCES.join(', ')}` })
  audience: NoticeAudience;

  @IsString()
  @Length(1, NOTICE_MESSAGE_MAX, { message: `message must be 1 to ${NOTICE_MESSAGE_MAX} characters long` })
  @Matches(/\S/, { message: 'message must not be blank' })
  @Matches(PRINTABLE, { message: 'message must not contain control or text-direction characters' })
  message: string;
}
