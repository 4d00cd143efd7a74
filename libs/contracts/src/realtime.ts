import type { AlertUpdatedEvent } from './alerts.js';
import type { PlaybookUpdatedEvent } from './playbooks.js';
import type { DeliverySummary } from './dispatch.js';
import type { ResidentStatusCounts } from './residents.js';
import type { Role } from './roles.js';
import type { SignalBoardEvent, SignalChangedEvent } from './signals.js';
import type { OpsCheckInEvent, OpsKpisEvent, OpsReportEvent, OpsShelterEvent, OpsTaskEvent, OpsTeamEvent } from './operations.js';

/**
 * Realtime wire types shared by the api (gateway, catch-up route), the worker (publishers) and the web client.
 *
 * Every event travels in an envelope with a global sequence number: the server stores the event before it broadcasts
 * it, so a client that was disconnected asks `GET /api/realtime/events?after=<last seq>` for what it missed.
 */

/** Staff groups: which one a user belongs to follows from the role (see `staffRoomOf`). */
export const STAFF_ROOMS = ['hq', 'field', 'liaison'] as const;
export type StaffRoom = (typeof STAFF_ROOMS)[number];

/**
 * Rooms are assigned by the server from the verified role; a client never chooses them.
 * `public` is everyone (residents too), `role:<role>` one role, `user:<id>` one account.
 */
export type RealtimeRoom = StaffRoom | 'public' | `role:${Role}` | `user:${string}`;

/** Who may read a staff notice. */
export const NOTICE_AUDIENCES = ['all-staff', 'hq', 'field', 'liaison'] as const;
export type NoticeAudience = (typeof NOTICE_AUDIENCES)[number];
export const NOTICE_MESSAGE_MAX = 500;

/** A short message from the command to staff (`POST /api/notices`, event `notice.created`). */
export interface Notice {
  id: string;
  audience: NoticeAudience;
  message: string;
  authorId: string | null;
  authorName: string;
  createdAt: string;
}

export interface CreateNoticeRequest {
  audience: NoticeAudience;
  message: string;
}

export interface NoticeList {
  items: Notice[];
}

/** A worker process is alive; never stored, so never replayed by the catch-up route. */
export interface WorkerHeartbeat {
  workerId: string;
  at: string;
}

/** Every event the server sends, with its payload. */
export interface RealtimeEvents {
  'notice.created': Notice;
  'system.heartbeat': WorkerHeartbeat;
  'signal.changed': SignalChangedEvent;
  'signal.board': SignalBoardEvent;
  'playbook.updated': PlaybookUpdatedEvent;
  'alert.progress': DeliverySummary;
  'resident.status': ResidentStatusCounts;
  'alert.updated': AlertUpdatedEvent;
  'ops.team': OpsTeamEvent;
  'ops.task': OpsTaskEvent;
  'ops.check-in': OpsCheckInEvent;
  'ops.report': OpsReportEvent;
  'ops.shelter': OpsShelterEvent;
  'ops.kpis': OpsKpisEvent;
}
export type RealtimeEventName = keyof RealtimeEvents;

/**
 * What a client receives. `seq` increases with commit order across all rooms (gaps are normal: other rooms' events);
 * it is null for ephemeral events such as heartbeats, which are not stored.
 */
export type RealtimeEnvelope<E extends RealtimeEventName = RealtimeEventName> = {
  [K in E]: { seq: number | null; room: RealtimeRoom; event: K; payload: RealtimeEvents[K]; at: string };
}[E];

/** Sent once after connecting: the rooms the server put the socket in and the newest stored seq. */
export interface RealtimeReady {
  rooms: RealtimeRoom[];
  /** Null when it could not be read just then; catch up from your last seq as usual. */
  head: number | null;
  /** Null for anonymous (public) connections. */
  role: Role | null;
}

/**
 * Why the server is closing a staff connection (event `realtime.session_ended`, followed by a server disconnect):
 * the token expired, or the account was changed (`token_revoked`) or deactivated (`account_inactive`) by an
 * administrator. In every case the client refreshes its token and connects again, catching up by seq; a refresh
 * that is refused means the session is over.
 */
export const REALTIME_SESSION_END_CODES = ['token_expired', 'token_revoked', 'account_inactive'] as const;
export type RealtimeSessionEndCode = (typeof REALTIME_SESSION_END_CODES)[number];
export interface RealtimeSessionEnded {
  code: RealtimeSessionEndCode;
  message: string;
}

/** Acknowledgement of a client request over the socket. */
export type RealtimeAck = { ok: true } | { ok: false; code: string; message: string };

/** socket.io typing for the client: `io<RealtimeServerToClient, RealtimeClientToServer>(…)`. */
export type RealtimeServerToClient = { [E in RealtimeEventName]: (envelope: RealtimeEnvelope<E>) => void } & {
  'realtime.ready': (ready: RealtimeReady) => void;
  'realtime.session_ended': (ended: RealtimeSessionEnded) => void;
};

export interface RealtimeClientToServer {
  /** Rooms are granted by the server; asking for any other room is refused (the ack says so). */
  'rooms.join': (request: { room: string }, ack: (result: RealtimeAck) => void) => void;
}

/** `GET /api/realtime/events?after=&limit=`: stored events after `after` in the caller's rooms. */
export interface RealtimeCatchUp {
  events: RealtimeEnvelope[];
  /** The newest seq when the answer was made; with `hasMore` false the client is up to date up to `head`. */
  head: number;
  /** True when `limit` cut the answer: ask again with `after` = the last event's seq. */
  hasMore: boolean;
}

export const REALTIME_CATCH_UP_DEFAULT = 100;
export const REALTIME_CATCH_UP_MAX = 500;
/** Stored events are kept this long; a client away longer reloads its view instead of catching up. */
export const REALTIME_RETENTION_HOURS = 48;
