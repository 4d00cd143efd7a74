import type { Shelter, VulnerableResident } from '@app/contracts';

export function resident(overrides: Partial<VulnerableResident> = {}): VulnerableResident {
  return {
    id: '7d7f5c8e-0000-4000-8000-000000000001',
    name: 'Leong Mei',
    phone: '+853 6123 4567',
    address: 'Rua do Cais 3, 2/F',
    areaId: 'hetang',
    location: { lat: 22.1356, lon: 113.5421 },
    kinds: ['elderly-alone', 'low-lying-home'],
    needs: 'Walking frame',
    caseworker: 'Ho Ka Wai',
    lastOutcome: null,
    lastCheckedAt: null,
    shelterId: null,
    welfareCheckDueSince: null,
    ...overrides,
  };
}

export function shelter(overrides: Partial<Shelter> = {}): Shelter {
  return {
    id: '5a1c0000-0000-4000-8000-000000000001',
    placeId: null,
    names: { 'zh-Hans': '荷塘社区中心', 'zh-Hant': '荷塘社區中心', pt: 'Centro comunitário de Hetang', en: 'Hetang Community Centre' },
    areaId: 'hetang',
    location: { lat: 22.13, lon: 113.54 },
    capacity: 100,
    occupancy: 0,
    open: true,
    updatedAt: '2026-09-06T08:00:00.000Z',
    ...overrides,
  };
}
