import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { PushSubscriptionJson } from '@app/contracts';

// Shape and size only; what the keys and the endpoint must be is checked by libs/push's checkPushSubscription,
// which answers with codes that say which rule was broken.
export class PushSubscriptionKeysDto {
  @IsString({ message: 'subscription.keys.p256dh must be a base64url string' })
  @MaxLength(128, { message: 'subscription.keys.p256dh must be at most 128 characters long' })
  p256dh: string;

  @IsString({ message: 'subscription.keys.auth must be a base64url string' })
  @MaxLength(64, { message: 'subscription.keys.auth must be at most 64 characters long' })
  auth: string;
}

export class PushSubscriptionJsonDto implements PushSubscriptionJson {
  @IsString({ message: 'subscription.endpoint must be a URL string' })
  @MaxLength(2048, { message: 'subscription.endpoint must be at most 2048 characters long' })
  endpoint: string;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'subscription.expirationTime must be a number or null' })
  expirationTime?: number | null;

  @IsObject({ message: 'subscription.keys must be an object with p256dh and auth' })
  @ValidateNested()
  @Type(() => PushSubscriptionKeysDto)
  keys: PushSubscriptionKeysDto;
}
