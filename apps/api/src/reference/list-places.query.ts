import { IsIn, IsOptional } from 'class-validator';
import { PLACE_KINDS, type PlaceKind } from '@app/contracts';

/** `GET /api/places?kind=` */
export class ListPlacesQuery {
  @IsOptional()
  @IsIn(PLACE_KINDS, { message: `kind must be one of: ${PLACE_KINDS.join(', ')}` })
  kind?: PlaceKind;
}
