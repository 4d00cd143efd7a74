import { Controller, Get, Query } from '@nestjs/common';
import type { AreaFeatureCollection, PlaceList } from '@app/contracts';
import { Public } from '../auth/auth.decorators.js';
import { ListPlacesQuery } from './list-places.query.js';
import { PublicCache } from './public-cache.interceptor.js';
import { ReferenceService } from './reference.service.js';

/** Reference data changes only when the seed runs, so maps may cache it for five minutes. */
const REFERENCE_MAX_AGE_SECONDS = 300;

/** Areas and places for maps and pickers; public, because the resident page shows them too. */
@Controller('api')
@Public()
@PublicCache(REFERENCE_MAX_AGE_SECONDS)
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('areas')
  areas(): Promise<AreaFeatureCollection> {
    return this.reference.areas();
  }

  @Get('places')
  places(@Query() query: ListPlacesQuery): Promise<PlaceList> {
    return this.reference.places(query.kind);
  }
}
