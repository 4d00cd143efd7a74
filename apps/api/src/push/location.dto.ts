import { IsNumber, IsOptional, Max, Min } from 'class-validator';

/** A WGS 84 position the resident shared instead of choosing areas. */
export class LocationDto {
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'location.lat must be a number' })
  @Min(-90, { message: 'location.lat must be between -90 and 90' })
  @Max(90, { message: 'location.lat must be between -90 and 90' })
  lat: number;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'location.lon must be a number' })
  @Min(-180, { message: 'location.lon must be between -180 and 180' })
  @Max(180, { message: 'location.lon must be between -180 and 180' })
  lon: number;
}

export const ACCURACY_MAX_METERS = 100_000;

/** A browser geolocation fix sent from the field: position and, when the browser gives one, its accuracy radius. */
export class LocationFixDto extends LocationDto {
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'location.accuracyMeters must be a number' })
  @Min(0, { message: `location.accuracyMeters must be between 0 and ${ACCURACY_MAX_METERS}` })
  @Max(ACCURACY_MAX_METERS, { message: `location.accuracyMeters must be between 0 and ${ACCURACY_MAX_METERS}` })
  accuracyMeters?: number;
}
