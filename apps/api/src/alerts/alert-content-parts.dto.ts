import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { AlertCircle, AlertInfoText, AlertPolygon, AlertSignalRef, AlertTarget, Language, LocalizedText } from '@app/contracts';

/*
 * The nested parts of an alert's content. Declaring every key lets the validation pipe refuse unknown ones by path
 * (`info.pt.property colour should not exist`) when a draft is created or edited, instead of storing them. Lengths,
 * completeness and geometry are the domain validation's job at validate and submit, where drafts may still be
 * incomplete; the bounds here only keep absurd input out of storage.
 */
const TEXT_STORAGE_MAX = 20_000;
const TARGET_ITEMS_MAX = 200;

export class AlertInfoTextDto implements AlertInfoText {
  @IsString() @MaxLength(TEXT_STORAGE_MAX) headline: string;
  @IsString() @MaxLength(TEXT_STORAGE_MAX) description: string;
  @IsString() @MaxLength(TEXT_STORAGE_MAX) instruction: string;
}

/** `info`: the text of each language; a language left out is reported as missing at validate and submit. */
export class AlertInfoByLanguageDto implements Partial<Record<Language, AlertInfoText>> {
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertInfoTextDto) 'zh-Hans'?: AlertInfoTextDto;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertInfoTextDto) 'zh-Hant'?: AlertInfoTextDto;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertInfoTextDto) pt?: AlertInfoTextDto;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlertInfoTextDto) en?: AlertInfoTextDto;
}

/** `event`: CAP's event name per language. */
export class AlertEventTextDto implements Partial<LocalizedText> {
  @IsOptional() @IsString() @MaxLength(TEXT_STORAGE_MAX) 'zh-Hans'?: string;
  @IsOptional() @IsString() @MaxLength(TEXT_STORAGE_MAX) 'zh-Hant'?: string;
  @IsOptional() @IsString() @MaxLength(TEXT_STORAGE_MAX) pt?: string;
  @IsOptional() @IsString() @MaxLength(TEXT_STORAGE_MAX) en?: string;
}

export class AlertCircleCentreDto {
  @IsNumber({ allowNaN: false, allowInfinity: false }) lat: number;
  @IsNumber({ allowNaN: false, allowInfinity: false }) lon: number;
}

export class AlertCircleDto implements AlertCircle {
  @IsObject() @ValidateNested() @Type(() => AlertCircleCentreDto) center: AlertCircleCentreDto;
  @IsNumber({ allowNaN: false, allowInfinity: false }) radiusKm: number;
}

/** `target`: all three lists, each possibly empty; at least one target is required at submit. */
export class AlertTargetDto implements AlertTarget {
  @IsArray() @ArrayMaxSize(TARGET_ITEMS_MAX) @IsString({ each: true }) areaIds: string[];
  // Each polygon is a list of [lat, lon] pairs; their shape is checked at validate and submit.
  @IsArray() @ArrayMaxSize(TARGET_ITEMS_MAX) @IsArray({ each: true }) polygons: AlertPolygon[];
  @IsArray() @ArrayMaxSize(TARGET_ITEMS_MAX) @ValidateNested({ each: true }) @Type(() => AlertCircleDto) circles: AlertCircleDto[];
}

/** `signal`: the official signal the alert relates to, by catalogue ids. */
export class AlertSignalRefDto implements AlertSignalRef {
  @IsString() @MaxLength(100) authority: string;
  @IsString() @MaxLength(100) area: string;
  @IsString() @MaxLength(100) hazard: string;
  @IsOptional() @IsString() @MaxLength(100) level: string | null;
}
