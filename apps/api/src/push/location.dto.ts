import { IsNumber, Max, Min } from 'class-validator';

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
