import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FIELD_ROLES, type AuthUser, type VulnerableResident, type VulnerableResidentInput } from '@app/contracts';
import { AuditRepository, EvacuationLookupRepository, VulnerableResidentRepository, type VulnerableResidentValues } from '@app/database';
import { DomainError } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { blankToNull } from './client-record.js';
import type { VulnerableResidentsQueryDto } from './evacuation.dto.js';

export const VULNERABLE_LIST_LIMIT = 2000;

// Contact fields are named in the audit log when they change, never copied into it.
const CONTACT_FIELDS = ['name', 'phone', 'address', 'location'] as const;
const CONTACT_FIELD_SET: ReadonlySet<string> = new Set(CONTACT_FIELDS);
const FIELDS = ['name', 'phone', 'address', 'areaId', 'location', 'kinds', 'needs', 'caseworker'] as const;

function toValues(input: VulnerableResidentInput): VulnerableResidentValues {
  return {
    name: input.name.trim(),
    phone: blankToNull(input.phone),
    address: input.address.trim(),
    areaId: input.areaId,
    lat: input.location?.lat ?? null,
    lon: input.location?.lon ?? null,
    kinds: [...new Set(input.kinds)],
    needs: blankToNull(input.needs),
    caseworker: blankToNull(input.caseworker),
  };
}

function asInput(resident: VulnerableResident): VulnerableResidentInput {
  const { name, phone, address, areaId, location, kinds, needs, caseworker } = resident;
  return { name, phone, address, areaId, location, kinds, needs, caseworker };
}

/** Audit summary of a change without contact data: which fields changed, and old/new values of the others. */
function auditChange(before: VulnerableResidentInput | null, after: VulnerableResidentInput) {
  const changed = FIELDS.filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null));
  const pick = (input: VulnerableResidentInput) => Object.fromEntries(changed.filter((f) => !CONTACT_FIELD_SET.has(f)).map((f) => [f, input[f] ?? null]));
  return { changed, ...(before ? { before: pick(before) } : {}), after: pick(after) };
}

/**
 * The register of vulnerable residents. Contact data goes to HQ roles, and to field accounts only for residents on an
 * open welfare-check task of their own team.
 */
@Injectable()
export class VulnerableResidentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly residents: VulnerableResidentRepository,
    private readonly lookup: EvacuationLookupRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(query: VulnerableResidentsQueryDto, user: AuthUser): Promise<VulnerableResident[]> {
    return this.residents.list({
      areaId: query.area,
      outcome: query.outcome,
      due: query.due === 'true',
      onOpenTaskOfMember: FIELD_ROLES.includes(user.role) ? user.id : undefined,
      limit: VULNERABLE_LIST_LIMIT,
    });
  }

  async create(input: VulnerableResidentInput, meta: RequestMeta): Promise<VulnerableResident> {
    await this.assertArea(input.areaId);
    return this.dataSource.transaction(async (manager) => {
      const created = await this.residents.insert(manager, toValues(input));
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'vulnerable_resident.created',
        entityType: 'vulnerable_resident',
        entityId: created.id,
        summary: auditChange(null, asInput(created)),
      });
      return created;
    });
  }

  async update(id: string, patch: Partial<VulnerableResidentInput>, meta: RequestMeta): Promise<VulnerableResident> {
    if (patch.areaId !== undefined) await this.assertArea(patch.areaId);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.residents.findForUpdate(manager, id);
      if (!current) throw new DomainError('not_found', 'vulnerable_resident_not_found', `No vulnerable resident with id ${id}.`);
      const before = asInput(current);
      const merged: VulnerableResidentInput = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      const updated = await this.residents.update(manager, id, toValues(merged));
      const summary = auditChange(before, asInput(updated));
      if (summary.changed.length > 0) {
        await this.audit.append(manager, { ...auditActor(meta), action: 'vulnerable_resident.updated', entityType: 'vulnerable_resident', entityId: id, summary });
      }
      return updated;
    });
  }

  private async assertArea(areaId: string): Promise<void> {
    if (!(await this.lookup.areaExists(areaId))) {
      throw new DomainError('invalid', 'vulnerable_resident_area_unknown', `Unknown area id: ${areaId}. Use an id from GET /api/areas.`, [areaId]);
    }
  }
}
