import type {
  AreaFeatureCollection,
  CreateTaskRequest,
  FieldTask,
  Shelter,
  ShelterDepartureRequest,
  ShelterInput,
  ShelterList,
  Team,
  TeamList,
  Transfer,
  TransferList,
  TransferRequest,
  VulnerableResident,
  VulnerableResidentInput,
  VulnerableResidentList,
  WelfareCheck,
  WelfareCheckRequest,
} from '@app/contracts';
import { residentQuery, type ResidentFilter } from './residents.model.js';

type Requester = { request<T>(method: string, path: string, body?: unknown): Promise<T> };

/** The HQ's evacuation calls: the register, shelters, transfers and welfare checks (the server checks the role). */
export interface EvacuationApi {
  residents(filter: ResidentFilter): Promise<VulnerableResident[]>;
  createResident(input: VulnerableResidentInput): Promise<VulnerableResident>;
  updateResident(id: string, patch: Partial<VulnerableResidentInput>): Promise<VulnerableResident>;
  shelters(): Promise<Shelter[]>;
  updateShelter(id: string, patch: Partial<ShelterInput>): Promise<Shelter>;
  depart(id: string, request: ShelterDepartureRequest): Promise<Shelter>;
  transfers(): Promise<Transfer[]>;
  recordTransfer(request: TransferRequest): Promise<Transfer>;
  recordWelfareCheck(request: WelfareCheckRequest): Promise<WelfareCheck>;
  teams(): Promise<Team[]>;
  areas(): Promise<AreaFeatureCollection>;
  createTask(request: CreateTaskRequest): Promise<FieldTask>;
}

const id = (value: string) => encodeURIComponent(value);

export function createEvacuationApi(session: Requester): EvacuationApi {
  return {
    residents: async (filter) => (await session.request<VulnerableResidentList>('GET', `/api/vulnerable-residents${residentQuery(filter)}`)).items ?? [],
    createResident: (input) => session.request('POST', '/api/vulnerable-residents', input),
    updateResident: (residentId, patch) => session.request('PATCH', `/api/vulnerable-residents/${id(residentId)}`, patch),
    shelters: async () => (await session.request<ShelterList>('GET', '/api/shelters')).items ?? [],
    updateShelter: (shelterId, patch) => session.request('PATCH', `/api/shelters/${id(shelterId)}`, patch),
    depart: (shelterId, request) => session.request('POST', `/api/shelters/${id(shelterId)}/departures`, request),
    transfers: async () => (await session.request<TransferList>('GET', '/api/transfers')).items ?? [],
    recordTransfer: (request) => session.request('POST', '/api/transfers', request),
    recordWelfareCheck: (request) => session.request('POST', '/api/welfare-checks', request),
    teams: async () => (await session.request<TeamList>('GET', '/api/teams')).items ?? [],
    areas: () => session.request('GET', '/api/areas'),
    createTask: (request) => session.request('POST', '/api/tasks', request),
  };
}
