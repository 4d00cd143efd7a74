import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsObject, IsOptional, Matches, ValidateNested } from 'class-validator';
import { LANGUAGES, PUSH_SUBSCRIPTION_MAX_AREAS, type Language, type PushSubscribeRequest } from '@app/contracts';
import { LocationDto } from './location.dto.js';
import { PushSubscriptionJsonDto } from './push-subscription-json.dto.js';
import { AREA_ID } from './subscription-settings.dto.js';

/** A new subscription. Only these fields: privileged ones (testDevice, id, failureCount, …) are refused by name. */
export class SubscribeDto implements PushSubscribeRequest {
  @IsObject({ message: 'subscription must be the browser PushSubscription as JSON (endpoint and keys)' })
  @ValidateNested()
  @Type(() => PushSubscriptionJsonDto)
  subscription: PushSubscriptionJsonDto;

  @IsIn([...LANGUAGES], { message: `language must be one of: ${LANGUAGES.join(', ')}` })
  language: Language;

  @IsOptional()
  @IsArray({ message: 'areas must be a list of area ids' })
  @ArrayMinSize(1, { message: 'areas must name at least one area' })
  @ArrayMaxSize(PUSH_SUBSCRIPTION_MAX_AREAS, { message: `areas must name at most ${PUSH_SUBSCRIPTION_MAX_AREAS} areas` })
  @ArrayUnique({ message: 'areas must not repeat an area' })
  @Matches(AREA_ID, { each: true, message: 'each area must be an area id such as xiaohengqin' })
  areas?: string[];

  @IsOptional()
  @IsObject({ message: 'location must be an object with lat and lon' })
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @IsOptional()
  @IsBoolean({ message: 'enrolledForDrills must be true or false' })
  enrolledForDrills?: boolean;
}
