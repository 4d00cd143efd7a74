import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  VULNERABILITY_KINDS,
  VULNERABLE_NAME_MAX,
  VULNERABLE_TEXT_MAX,
  WELFARE_OUTCOMES,
  type ShelterDepartureRequest,
  type ShelterInput,
  type TransferRequest,
  type VulnerabilityKind,
  type VulnerableResidentInput,
  type WelfareCheckRequest,
  type WelfareOutcome,
} from '@app/contracts';
import { LocationDto } from '../push/location.dto.js';
import { AREA_ID } from '../push/subscription-settings.dto.js';
import { FieldInput, REFERENCE_ID, stacked } from '../teams/field-input.rules.js';

export const SHELTER_CAPACITY_MAX = 100_000;
export const MOVED_PEOPLE_MAX = 1000;
export const SHELTER_NAME_MAX = 120;
export const PHONE_MAX = 40;

const PHONE = /^\+?[0-9][0-9 ()-]{2,39}$/;
const present = (key: string) => (object: Record<string, unknown>) => object[key] !== undefined;

/** Rules of the fields that appear in more than one body here (POST and PATCH, transfers and departures). */
const Evacuation = {
  residentName: () => FieldInput.nonBlankText('name', VULNERABLE_NAME_MAX),
  phone: () =>
    stacked(
      IsString({ message: 'phone must be a string' }),
      Matches(PHONE, { message: 'phone must be a phone number such as +853 6123 4567' }),
      MaxLength(PHONE_MAX, { message: `phone must be at most ${PHONE_MAX} characters long` }),
    ),
  address: () => FieldInput.nonBlankText('address', VULNERABLE_TEXT_MAX),
  areaId: () =>
    stacked(
      IsString({ message: 'areaId must be an area id such as xiaohengqin' }),
      Matches(AREA_ID, { message: 'areaId must be an area id such as xiaohengqin' }),
    ),
  kinds: () =>
    stacked(
      IsArray({ message: `kinds must be a list of: ${VULNERABILITY_KINDS.join(', ')}` }),
      ArrayMinSize(1, { message: 'kinds must name at least one kind' }),
      ArrayMaxSize(VULNERABILITY_KINDS.length, { message: `kinds must name at most ${VULNERABILITY_KINDS.length} kinds` }),
      IsIn([...VULNERABILITY_KINDS], { each: true, message: `each kind must be one of: ${VULNERABILITY_KINDS.join(', ')}` }),
    ),
  note: (name: string) => FieldInput.text(name, VULNERABLE_TEXT_MAX),
  caseworker: () => FieldInput.text('caseworker', VULNERABLE_NAME_MAX),
  shelterName: (language: string) => FieldInput.nonBlankText(`names.${language}`, SHELTER_NAME_MAX),
  placeId: () => Matches(REFERENCE_ID, { message: 'placeId must be a place id such as shelter-hetang-community-centre' }),
  shelterNames: () =>
    stacked(IsObject({ message: 'names must be an object with zh-Hans, zh-Hant, pt and en' }), ValidateNested(), Type(() => LocalizedNamesDto)),
  shelterAreaId: () => Matches(AREA_ID, { message: 'areaId must be an area id such as xiaohengqin' }),
  capacity: () =>
    stacked(
      IsInt({ message: 'capacity must be a whole number' }),
      Min(1, { message: 'capacity must be at least 1' }),
      Max(SHELTER_CAPACITY_MAX, { message: `capacity must be at most ${SHELTER_CAPACITY_MAX}` }),
    ),
  open: () => IsBoolean({ message: 'open must be true or false' }),
  people: () =>
    stacked(
      IsInt({ message: 'people must be a whole number' }),
      Min(1, { message: 'people must be at least 1' }),
      Max(MOVED_PEOPLE_MAX, { message: `people must be at most ${MOVED_PEOPLE_MAX}` }),
    ),
  residentId: () => IsUUID('all', { message: 'vulnerableResidentId must be a vulnerable resident id (UUID)' }),
  taskId: () => IsUUID('all', { message: 'taskId must be a task id (UUID)' }),
  recordedAt: () => IsISO8601({ strict: true }, { message: 'recordedAt must be an ISO 8601 date-time such as 2024-09-06T08:30:00Z' }),
};

/** The register's fields; every one required on POST. */
export class VulnerableResidentDto implements VulnerableResidentInput {
  @Evacuation.residentName()
  name: string;

  @IsOptional()
  @Evacuation.phone()
  phone?: string | null;

  @Evacuation.address()
  address: string;

  @Evacuation.areaId()
  areaId: string;

  @IsOptional()
  @FieldInput.location(() => LocationDto)
  location?: LocationDto | null;

  @Evacuation.kinds()
  kinds: VulnerabilityKind[];

  @IsOptional()
  @Evacuation.note('needs')
  needs?: string | null;

  @IsOptional()
  @Evacuation.caseworker()
  caseworker?: string | null;
}

/** PATCH: any subset; name, address, areaId and kinds cannot be cleared. */
export class VulnerableResidentPatchDto implements Partial<VulnerableResidentInput> {
  @ValidateIf(present('name'))
  @Evacuation.residentName()
  name?: string;

  @IsOptional()
  @Evacuation.phone()
  phone?: string | null;

  @ValidateIf(present('address'))
  @Evacuation.address()
  address?: string;

  @ValidateIf(present('areaId'))
  @Evacuation.areaId()
  areaId?: string;

  @IsOptional()
  @FieldInput.location(() => LocationDto)
  location?: LocationDto | null;

  @ValidateIf(present('kinds'))
  @Evacuation.kinds()
  kinds?: VulnerabilityKind[];

  @IsOptional()
  @Evacuation.note('needs')
  needs?: string | null;

  @IsOptional()
  @Evacuation.caseworker()
  caseworker?: string | null;
}

export class VulnerableResidentsQueryDto {
  @IsOptional()
  @Matches(AREA_ID, { message: 'area must be an area id such as xiaohengqin' })
  area?: string;

  @IsOptional()
  @IsIn([...WELFARE_OUTCOMES, 'none'], { message: `outcome must be one of: ${[...WELFARE_OUTCOMES, 'none'].join(', ')}` })
  outcome?: WelfareOutcome | 'none';

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'due must be true or false' })
  due?: 'true' | 'false';
}

export class WelfareCheckDto implements WelfareCheckRequest {
  @FieldInput.clientId()
  clientId: string;

  @Evacuation.residentId()
  vulnerableResidentId: string;

  @IsIn([...WELFARE_OUTCOMES], { message: `outcome must be one of: ${WELFARE_OUTCOMES.join(', ')}` })
  outcome: WelfareOutcome;

  @IsOptional()
  @Evacuation.note('note')
  note?: string;

  @IsOptional()
  @Evacuation.taskId()
  taskId?: string | null;

  @Evacuation.recordedAt()
  recordedAt: string;
}

export class LocalizedNamesDto {
  @Evacuation.shelterName('zh-Hans')
  'zh-Hans': string;

  @Evacuation.shelterName('zh-Hant')
  'zh-Hant': string;

  @Evacuation.shelterName('pt')
  pt: string;

  @Evacuation.shelterName('en')
  en: string;
}

export class ShelterDto implements ShelterInput {
  @IsOptional()
  @Evacuation.placeId()
  placeId?: string | null;

  @Evacuation.shelterNames()
  names: LocalizedNamesDto;

  @IsOptional()
  @Evacuation.shelterAreaId()
  areaId?: string | null;

  @FieldInput.location(() => LocationDto)
  location: LocationDto;

  @Evacuation.capacity()
  capacity: number;

  @IsOptional()
  @Evacuation.open()
  open?: boolean;
}

/** PATCH: any subset; names, location, capacity and open cannot be cleared. */
export class ShelterPatchDto implements Partial<ShelterInput> {
  @IsOptional()
  @Evacuation.placeId()
  placeId?: string | null;

  @ValidateIf(present('names'))
  @Evacuation.shelterNames()
  names?: LocalizedNamesDto;

  @IsOptional()
  @Evacuation.shelterAreaId()
  areaId?: string | null;

  @ValidateIf(present('location'))
  @FieldInput.location(() => LocationDto)
  location?: LocationDto;

  @ValidateIf(present('capacity'))
  @Evacuation.capacity()
  capacity?: number;

  @ValidateIf(present('open'))
  @Evacuation.open()
  open?: boolean;
}

export class ShelterDepartureDto implements ShelterDepartureRequest {
  @Evacuation.people()
  people: number;

  @IsOptional()
  @Evacuation.residentId()
  vulnerableResidentId?: string | null;

  @IsOptional()
  @Evacuation.note('note')
  note?: string;
}

export class TransferDto implements TransferRequest {
  @FieldInput.clientId()
  clientId: string;

  @IsUUID('all', { message: 'shelterId must be a shelter id (UUID)' })
  shelterId: string;

  @Evacuation.people()
  people: number;

  @IsOptional()
  @Matches(AREA_ID, { message: 'fromAreaId must be an area id such as xiaohengqin' })
  fromAreaId?: string | null;

  @IsOptional()
  @Evacuation.note('fromNote')
  fromNote?: string | null;

  @IsOptional()
  @Evacuation.residentId()
  vulnerableResidentId?: string | null;

  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string | null;

  @IsOptional()
  @Evacuation.taskId()
  taskId?: string | null;

  @Evacuation.recordedAt()
  recordedAt: string;
}

export class TransfersQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'shelterId must be a shelter id (UUID)' })
  shelterId?: string;
}

export class EvacuationIdParamDto {
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
