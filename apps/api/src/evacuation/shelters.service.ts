import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Shelter, ShelterDepartureRequest, ShelterInput } from '@app/contracts';
import { AuditRepository, EvacuationLookupRepository, ShelterRepository, TransferRepository, VulnerableResidentRepository, type ShelterValues } from '@app/database';
import { capacityRefusal, departureRefusal, DomainError } from '@app/domain';
import { RealtimePublisher } from '@app/realtime';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { blankToNull } from './client-record.js';

function toValues(input: ShelterInput, open: boolean): ShelterValues {
  return {
    placeId: input.placeId ?? null,
    names: { 'zh-Hans': input.names['zh-Hans'].trim(), 'zh-Hant': input.names['zh-Hant'].trim(), pt: input.names.pt.trim(), en: input.names.en.trim() },
    areaId: input.areaId ?? null,
    lat: input.location.lat,
    lon: input.location.lon,
    capacity: input.capacity,
    open,
  };
}

const audited = (shelter: Shelter) => ({ placeId: shelter.placeId, names: shelter.names, areaId: shelter.areaId, location: shelter.location, capacity: shelter.capacity, open: shelter.open });

/** Shelters: the HQ sets them up, opens and closes them; departures take people off the live occupancy. */
@Injectable()
export class SheltersService {
  private readonly logger = new Logger(SheltersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly shelters: ShelterRepository,
    private readonly transfers: TransferRepository,
    private readonly residents: VulnerableResidentRepository,
    private readonly lookup: EvacuationLookupRepository,
    private readonly audit: AuditRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** Names, place, capacity and occupancy: no data about the people inside, so the liaison reads the same list. */
  list(): Promise<Shelter[]> {
    return this.shelters.list();
  }

  async create(input: ShelterInput, meta: RequestMeta): Promise<Shelter> {
    await this.assertReferences(input.placeId ?? null, input.areaId ?? null, null);
    const created = await this.dataSource.transaction(async (manager) => {
      const shelter = await this.shelters.insert(manager, toValues(input, input.open ?? true));
      await this.audit.append(manager, { ...auditActor(meta), action: 'shelter.created', entityType: 'shelter', entityId: shelter.id, summary: { after: audited(shelter) } });
      return shelter;
    });
    await this.announce(created);
    return created;
  }

  async update(id: string, patch: Partial<ShelterInput>, meta: RequestMeta): Promise<Shelter> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.shelters.findForUpdate(manager, id);
      if (!current) throw new DomainError('not_found', 'shelter_not_found', `No shelter with id ${id}.`);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ShelterInput>;
      const merged: ShelterInput = { placeId: current.placeId, names: current.names, areaId: current.areaId, location: current.location, capacity: current.capacity, ...defined };
      if (merged.placeId !== current.placeId || merged.areaId !== current.areaId) await this.assertReferences(merged.placeId ?? null, merged.areaId ?? null, id);
      const refusal = capacityRefusal(current, merged.capacity);
      if (refusal) throw new DomainError('conflict', refusal.code, refusal.message);
      const shelter = await this.shelters.update(manager, id, toValues(merged, defined.open ?? current.open));
      await this.audit.append(manager, { ...auditActor(meta), action: 'shelter.updated', entityType: 'shelter', entityId: id, summary: { before: audited(current), after: audited(shelter) } });
      return shelter;
    });
    await this.announce(updated);
    return updated;
  }

  /** People went home: occupancy goes down by `people`, never below zero; a named resident is no longer in a shelter. */
  async depart(id: string, input: ShelterDepartureRequest, meta: RequestMeta): Promise<Shelter> {
    const user = meta.user!;
    const updated = await this.dataSource.transaction(async (manager) => {
      // Resident before shelter, the order transfers lock them in, so the two never wait on each other.
      const residentId = input.vulnerableResidentId ?? null;
      const resident = residentId ? await this.residents.findForUpdate(manager, residentId) : null;
      const current = await this.shelters.findForUpdate(manager, id);
      if (!current) throw new DomainError('not_found', 'shelter_not_found', `No shelter with id ${id}.`);
      if (residentId) {
        if (!resident) throw new DomainError('invalid', 'departure_resident_unknown', `Unknown vulnerable resident id: ${residentId}.`, [residentId]);
        if (resident.shelterId !== id) {
          throw new DomainError('conflict', 'vulnerable_resident_not_in_shelter', 'This resident is not recorded in this shelter; check the shelter or record the departure without the resident.');
        }
      }
      const refusal = departureRefusal(current, input.people);
      if (refusal) throw new DomainError('conflict', refusal.code, refusal.message);
      const shelter = (await this.shelters.release(manager, id, input.people))!;
      const departure = await this.transfers.insertDeparture(manager, { shelterId: id, people: input.people, vulnerableResidentId: residentId, note: blankToNull(input.note), byId: user.id, byName: user.displayName });
      if (residentId) await this.residents.setShelter(manager, residentId, null);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'shelter.departure_recorded',
        entityType: 'shelter',
        entityId: id,
        summary: { departureId: departure.id, people: input.people, vulnerableResidentId: residentId, before: { occupancy: current.occupancy }, after: { occupancy: shelter.occupancy } },
      });
      return shelter;
    });
    await this.announce(updated);
    return updated;
  }

  /** After commit; the change stays stored if this fails (a reconnecting client reloads the list). */
  async announce(shelter: Shelter): Promise<void> {
    try {
      await this.publisher.publish('hq', 'ops.shelter', { shelter });
    } catch (err) {
      this.logger.warn({ err, shelterId: shelter.id }, 'shelter change stored but not published');
    }
  }

  private async assertReferences(placeId: string | null, areaId: string | null, shelterId: string | null): Promise<void> {
    if (areaId && !(await this.lookup.areaExists(areaId))) {
      throw new DomainError('invalid', 'shelter_area_unknown', `Unknown area id: ${areaId}. Use an id from GET /api/areas.`, [areaId]);
    }
    if (!placeId) return;
    if (!(await this.lookup.placeExists(placeId))) {
      throw new DomainError('invalid', 'shelter_place_unknown', `Unknown place id: ${placeId}. Use an id from GET /api/places.`, [placeId]);
    }
    const other = await this.shelters.findByPlace(this.dataSource, placeId);
    if (other && other.id !== shelterId) throw new DomainError('conflict', 'shelter_place_taken', `Place ${placeId} is already shelter ${other.id}.`);
  }
}
