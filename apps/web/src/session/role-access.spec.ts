import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@app/contracts';
import { areaOfPath, areasFor, homePath, isKioskLocation, landingPath, mayChangeSignals, mayEnter } from './role-access.js';

describe('role access', () => {
  const expected: Record<Role, string[]> = {
    admin: ['command', 'liaison'],
    commander: ['command', 'liaison'],
    operator: ['command', 'liaison'],
    inspector: ['field'],
    crew_lead: ['field'],
    liaison: ['liaison'],
  };

  it.each(ROLES)('%s may enter exactly its areas', (role) => {
    expect(areasFor(role)).toEqual(expected[role]);
  });

  it.each(ROLES)('%s lands on a page it may enter', (role) => {
    const area = areaOfPath(homePath(role));
    expect(area).toBeDefined();
    expect(mayEnter(role, area!)).toBe(true);
  });

  it('sends each role to its own home', () => {
    expect(homePath('commander')).toBe('/command');
    expect(homePath('crew_lead')).toBe('/field');
    expect(homePath('liaison')).toBe('/liaison');
  });

  it('never lets a liaison land on an HQ page, even when it asked for one', () => {
    expect(landingPath('liaison', '/command')).toBe('/liaison');
    expect(landingPath('liaison', '/command/alerts/1')).toBe('/liaison');
    expect(landingPath('operator', '/command/signals')).toBe('/command/signals');
  });

  it('matches areas by whole path segments', () => {
    expect(areaOfPath('/command')).toBe('command');
    expect(areaOfPath('/command/x')).toBe('command');
    expect(areaOfPath('/commander')).toBeUndefined();
    expect(areaOfPath('/alerts')).toBeUndefined();
  });

  it('lets only operators, commanders and admins change signals', () => {
    expect(ROLES.filter((role) => mayChangeSignals(role))).toEqual(['admin', 'commander', 'operator']);
    expect(mayChangeSignals(undefined)).toBe(false);
  });

  it('recognises the HQ wall display by path or flag, only under /command', () => {
    expect(isKioskLocation('/command/kiosk', '')).toBe(true);
    expect(isKioskLocation('/command/kiosk/', '')).toBe(true);
    expect(isKioskLocation('/command', '?kiosk=1')).toBe(true);
    expect(isKioskLocation('/command', '')).toBe(false);
    expect(isKioskLocation('/command', '?kiosk=0')).toBe(false);
    expect(isKioskLocation('/liaison', '?kiosk=1')).toBe(false);
  });
});
