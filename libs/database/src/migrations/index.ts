import { Platform1764100000000 } from './1764100000000-platform.js';
import { RealtimeNotices1764200000000 } from './1764200000000-realtime-notices.js';
import { Signals1764310000000 } from './1764310000000-signals.js';
import { Playbooks1764320000000 } from './1764320000000-playbooks.js';
import { Alerts1764410000000 } from './1764410000000-alerts.js';
import { Deliveries1764420000000 } from './1764420000000-deliveries.js';
import { PushSubscriptions1764400000000 } from './1764400000000-push-subscriptions.js';
import { ResidentStatus1764430000000 } from './1764430000000-resident-status.js';
import { FieldTeams1764500000000 } from './1764500000000-field-teams.js';
import { HazardReports1764510000000 } from './1764510000000-hazard-reports.js';
import { Evacuation1764520000000 } from './1764520000000-evacuation.js';
import { PlatformHardening1764530000000 } from './1764530000000-platform-hardening.js';

/** Every migration, oldest first. New migrations are appended here. */
export const MIGRATIONS = [Platform1764100000000, RealtimeNotices1764200000000, Signals1764310000000, Playbooks1764320000000, PushSubscriptions1764400000000, Alerts1764410000000, Deliveries1764420000000, ResidentStatus1764430000000, FieldTeams1764500000000, HazardReports1764510000000, Evacuation1764520000000, PlatformHardening1764530000000];
