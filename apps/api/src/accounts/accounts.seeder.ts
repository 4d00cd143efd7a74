import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@app/contracts';
import { AppConfig } from '@app/config';
import { AuditRepository, StaffUserRepository, SYSTEM_ACTOR } from '@app/database';
import { PasswordHasher } from '../auth/password-hasher.js';
import { auditedAccountFields } from './staff-account.js';

export const DEMO_PASSWORD = 'qinao-demo-pass';

/** One demo account per role, for trying the system outside production. */
export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: 'Demo Admin', role: 'admin' },
  { username: 'commander', displayName: 'Demo Commander', role: 'commander' },
  { username: 'operator', displayName: 'Demo Operator', role: 'operator' },
  { username: 'inspector', displayName: 'Demo Inspector', role: 'inspector' },
  { username: 'crewlead', displayName: 'Demo Crew Lead', role: 'crew_lead' },
  { username: 'liaison', displayName: 'Demo Liaison', role: 'liaison' },
];

type SeedOutcome = 'created' | 'exists';

/**
 * Creates the initial accounts, idempotently: the admin named by ADMIN_USERNAME when ADMIN_PASSWORD is set, and
 * (outside production, when SEED_DEMO_ACCOUNTS allows) the demo accounts. Existing accounts are never changed.
 * Returns lines for the start command to print.
 */
@Injectable()
export class AccountsSeeder {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: StaffUserRepository,
    private readonly audit: AuditRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async run(): Promise<string[]> {
    const lines: string[] = [];
    const { username: adminUsername, password: adminPassword } = this.config.admin;
    if (adminPassword) {
      const outcome = await this.ensure({ username: adminUsername.toLowerCase(), displayName: 'Administrator', role: 'admin' }, adminPassword, 'admin_password');
      lines.push(
        outcome === 'created'
          ? `Admin account "${adminUsername}" created with the password from ADMIN_PASSWORD.`
          : `Admin account "${adminUsername}" already exists; left unchanged.`,
      );
    }
    if (!this.config.isProduction && this.config.seedDemoAccounts) {
      lines.push(`Demo accounts (password "${DEMO_PASSWORD}"; never use them in production):`);
      for (const account of DEMO_ACCOUNTS) {
        const outcome = await this.ensure(account, DEMO_PASSWORD, 'demo');
        const note = outcome === 'created' ? 'created' : 'already existed, left unchanged';
        lines.push(`  ${account.username.padEnd(10)} ${account.displayName} (${account.role}) - ${note}`);
      }
    }
    return lines;
  }

  private async ensure(account: { username: string; displayName: string; role: Role }, password: string, source: string): Promise<SeedOutcome> {
    // Checked first so a restart does not spend a password hash per existing account.
    if (await this.users.usernameExists(account.username)) return 'exists';
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      // Another process may seed at the same time: the insert skips a username that appeared meanwhile.
      const created = await this.users.insertIfAbsent(manager, { ...account, passwordHash, phone: null });
      if (!created) return 'exists';
      await this.audit.append(manager, {
        ...SYSTEM_ACTOR,
        action: 'account.created',
        entityType: 'staff_user',
        entityId: created.id,
        summary: { after: auditedAccountFields(created), seeded: source },
      });
      return 'created';
    });
  }
}
