import { alertsEn } from './alert-messages.en.js';
import { evacuationEn } from './evacuation-messages.en.js';
import { fieldEn } from './field-messages.en.js';
import { opsEn } from './ops-messages.en.js';

/**
 * English catalogue. It defines the set of message keys; every other language must provide exactly the same keys
 * with the same `{placeholders}` (checked by catalogues.spec.ts).
 */
export const en = {
  'app.name': 'Qinao Alert',
  'app.tagline': 'Emergency alerting for Hengqin and Macau',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.restoringSession': 'Restoring your session…',
  'app.pageTitle': '{page} · Qinao Alert',

  'language.label': 'Language',

  'nav.label': 'Main navigation',
  'nav.command': 'Command',
  'nav.field': 'Field',
  'nav.liaison': 'Liaison board',
  'nav.alerts': 'Public alerts',
  'nav.signIn': 'Staff sign-in',
  'nav.signOut': 'Sign out',

  'user.label': 'Signed in as',

  'role.admin': 'Administrator',
  'role.commander': 'Commander',
  'role.operator': 'Operator',
  'role.inspector': 'Inspector',
  'role.crew_lead': 'Crew lead',
  'role.liaison': 'Liaison officer',

  'connection.label': 'Live connection',
  'connection.state.connecting': 'Connecting',
  'connection.state.live': 'Live',
  'connection.state.reconnecting': 'Reconnecting',
  'connection.state.offline': 'Offline',
  'connection.lastContact': 'Last server contact {time}',
  'connection.noContact': 'No server contact yet',

  'login.title': 'Staff sign-in',
  'login.intro': 'Sign in with the account issued to you by the command centre.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.error.missingFields': 'Enter both your username and your password.',
  'login.error.invalidCredentials': 'The username or password is not correct.',
  'login.error.rateLimited': 'Too many sign-in attempts. Wait a minute, then try again.',
  'login.error.network': 'The server could not be reached. Check your network connection and try again.',
  'login.error.generic': 'Sign-in did not succeed (code: {code}). Try again, or contact the command centre.',
  'login.notice.sessionEnded': 'Your session has ended. Sign in again to continue.',
  'login.notice.signedOut': 'You have signed out.',
  'login.publicLink': 'Residents: open the public alerts page',


  'command.title': 'Command dashboard',
  'command.intro':
    'Monitor official signals, prepare and approve alerts, and coordinate field teams across Hengqin and the Macau New Neighbourhood.',
  'command.roleHint.admin': 'As administrator you manage staff accounts and review the audit trail.',
  'command.roleHint.commander': 'As commander you approve alerts before they are sent to residents.',
  'command.roleHint.operator': 'As operator you draft alerts and keep incoming signals up to date.',
  'command.openKiosk': 'Open the wall display',

  'kiosk.title': 'Signal wall',
  'kiosk.clock': 'Macau time {time}',
  'kiosk.exit': 'Leave the wall display',
  'kiosk.fullScreen': 'Full screen',

  'liaison.title': 'Liaison signal board',
  'liaison.intro': 'A shared view of current signals and alerts for liaison officers on the Macau side.',
  'liaison.readOnly': 'Read-only view. Changes are made by the Hengqin command centre.',

  'alerts.title': 'Public alerts',
  'alerts.intro': 'Official emergency alerts for Hengqin and the Macau New Neighbourhood.',
  'alerts.emergency.title': 'In an emergency',
  'alerts.emergency.body': 'In Hengqin call 110 (police), 119 (fire) or 120 (ambulance). In Macau call 999.',
  'alerts.signals.scales':
    'Macau and Guangdong use different scales. Macau tropical cyclone signals are numbers (1, 3, 8, 9, 10); Guangdong and Zhuhai warnings are colours (white, blue, yellow, orange, red). Every signal names the authority that issued it.',

  'form.choose': 'Choose…',
  'form.saving': 'Saving…',
  'form.cancel': 'Cancel',
  'form.error.network': 'The server could not be reached. Nothing was saved; try again.',
  'form.error.signedOut': 'Your session has ended. Sign in again; nothing was saved.',
  'form.error.forbidden': 'Your role may not make this change.',
  'form.error.conflict':
    'Not saved: this was changed by someone else first (code: {code}). The page shows the current state.',
  'form.error.rejected': 'Not saved: the server did not accept the entry (code: {code}).',
  'form.error.rateLimited': 'Too many requests. Wait a moment, then try again.',
  'form.error.generic': 'Not saved (code: {code}). Try again, or contact the duty officer.',

  'signals.time.macau': '{time} (Macau time, UTC+8)',

  'signals.board.title': 'Warning signals in force',
  'signals.board.updated': 'Board updated',
  'signals.board.savedCopy':
    'The server cannot be reached just now. Shown: the copy saved on this device at {time}. It may be out of date.',
  'signals.board.refreshFailed':
    'The board could not be refreshed just now; it shows the last state received. Trying again…',
  'signals.board.loading': 'Loading…',
  'signals.board.unavailable': 'The signal board could not be loaded. This does not mean “no signal”. Trying again…',
  'signals.board.noTracks': 'No signal sources are configured.',

  'signals.card.since': 'Since',
  'signals.card.source': 'Source: {source}',
  'signals.card.checked': 'checked {time}',
  'signals.card.includedIn': 'Not signalled separately: included in {signal}.',
  'signals.card.meaning': 'What it means:',

  'signals.level.none': 'No signal in force',
  'signals.level.lastKnown': 'Last known: {level}',
  'signals.level.unknown': 'Unknown — not “no signal”',

  'signals.freshness.fresh': 'Up to date',
  'signals.freshness.stale': 'Out of date',
  'signals.freshness.unknown': 'Unknown',

  'signals.source.feed': 'official feed',
  'signals.source.cap': 'CAP message',
  'signals.source.manual': 'manual entry',

  'signals.banner.title.stale': 'Out of date.',
  'signals.banner.title.unknown': 'Unknown — not “no signal”.',
  'signals.banner.theSource': 'This source',
  'signals.banner.staleSince': '{source}: feed not answering since {time}. The last known state is shown.',
  'signals.banner.staleNoAnswer': '{source}: the feed has not answered in time. The last known state is shown.',
  'signals.banner.unknownSince': '{source}: no readable answer since {time}. The current state is not known.',
  'signals.banner.unknownNoAnswer': '{source}: no readable answer yet. The current state is not known.',

  'signals.held.tag': 'Awaiting confirmation',
  'signals.held.summary': 'A reading of {level} ({source}, {time}) is held until HQ confirms or rejects it.',

  'signals.hold.reason.jump_from_none': 'Jumps straight from no signal to a high level.',
  'signals.hold.reason.step_too_large': 'Rises more levels at once than this signal allows.',
  'signals.hold.reason.drop_without_cancel': 'A high level disappeared without a cancel message.',
  'signals.hold.reason.suppressed_hazard': 'Issued while a higher signal says it is not issued separately.',

  'signals.holds.title': 'Readings awaiting confirmation',
  'signals.holds.note':
    'Implausible readings are kept off the board until an operator confirms or rejects them. Check with the authority first.',
  'signals.holds.none': 'No readings are waiting.',
  'signals.holds.shown': 'On the board:',
  'signals.holds.reading': 'Held reading:',
  'signals.holds.reason': 'Reason for your decision (required)',
  'signals.holds.reasonRequired': 'Write why you confirm or reject this reading.',
  'signals.holds.confirm': 'Confirm and apply',
  'signals.holds.reject': 'Reject',
  'signals.holds.failed': 'The held readings could not be loaded just now. Trying again when the connection returns.',
  'signals.holds.enteredBy': 'Entered by {name}: {note}',

  'signals.action.issue': 'Issued',
  'signals.action.update': 'Updated',
  'signals.action.cancel': 'Cancelled',

  'signals.timeline.title': 'Timeline of changes',
  'signals.timeline.note': 'Newest first. Times are Macau time (UTC+8).',
  'signals.timeline.failed': 'The timeline could not be loaded just now. Trying again when the connection returns.',
  'signals.timeline.empty': 'No changes recorded yet.',
  'signals.timeline.change': 'from {from} to {to}',
  'signals.timeline.received': 'received {time}',

  'signals.outlook.title': 'Chance of upcoming signals',
  'signals.outlook.source': '{authority} probability table, published {time}.',
  'signals.outlook.col.signal': 'Signal',
  'signals.outlook.col.probability': 'Probability',
  'signals.outlook.col.window': 'Expected time',
  'signals.outlook.signalCode': 'Signal No. {code}',
  'signals.outlook.noWindow': 'Not given',
  'signals.outlook.none': 'No probability table has been entered.',
  'signals.outlook.failed': 'The probability table could not be loaded just now.',
  'signals.outlook.entered': 'Entered by {name} at {time}.',
  'signals.outlook.unknownPerson': 'unknown',

  'signals.probability.low': 'Low',
  'signals.probability.medium': 'Medium',
  'signals.probability.relatively-high': 'Relatively high',
  'signals.probability.high': 'High',
  'signals.probability.will-be-issued': 'Will be issued',

  'signals.outlookForm.open': 'Enter or update the table',
  'signals.outlookForm.title': 'Probability table from SMG',
  'signals.outlookForm.hint':
    'Copy the rows of the SMG table: the signal number, the probability and, if given, the expected time.',
  'signals.outlookForm.row': 'Row {number}',
  'signals.outlookForm.level': 'Signal (number, e.g. 8)',
  'signals.outlookForm.probability': 'Probability',
  'signals.outlookForm.window': 'Expected time (optional)',
  'signals.outlookForm.addRow': 'Add a row',
  'signals.outlookForm.removeRow': 'Remove row {number}',
  'signals.outlookForm.publishedAt': 'Published by SMG at (Macau time, UTC+8)',
  'signals.outlookForm.save': 'Save table',
  'signals.outlookForm.saved': 'Probability table saved.',
  'signals.outlookForm.problem.noRows': 'Enter at least one row.',
  'signals.outlookForm.problem.rowIncomplete': 'Every row needs a signal and a probability.',
  'signals.outlookForm.problem.duplicateLevel': 'Each signal may appear only once.',
  'signals.outlookForm.problem.publishedAtMissing': 'Enter when SMG published the table.',

  'signals.manual.title': 'Manual signal entry',
  'signals.manual.note':
    'For signals phoned in or read from another channel while a feed is down. Every entry is recorded with your name and reason.',
  'signals.manual.authority': 'Issuing authority',
  'signals.manual.area': 'Area',
  'signals.manual.hazard': 'Signal type',
  'signals.manual.action': 'What happened',
  'signals.manual.actionOption.issue': 'Issued (new signal)',
  'signals.manual.actionOption.update': 'Updated (level changed)',
  'signals.manual.actionOption.cancel': 'Cancelled (no signal in force)',
  'signals.manual.level': 'Level code',
  'signals.manual.levelHint': 'As the catalogue writes it, e.g. 3, 8SE, yellow, orange, in-force.',
  'signals.manual.issuedAt': 'Issued at (Macau time, UTC+8)',
  'signals.manual.reason': 'Reason for the manual entry (required)',
  'signals.manual.reasonHint': 'For example: SMG feed down; signal read from the TDM broadcast.',
  'signals.manual.save': 'Record signal',
  'signals.manual.problem.trackMissing': 'Choose the authority, area and signal type.',
  'signals.manual.problem.actionMissing': 'Choose what happened.',
  'signals.manual.problem.levelMissing': 'Enter the level code.',
  'signals.manual.problem.issuedAtMissing': 'Enter when the signal was issued.',
  'signals.manual.problem.issuedAtFuture': 'The issue time cannot be in the future.',
  'signals.manual.problem.reasonMissing': 'Write the reason for the manual entry.',
  'signals.manual.outcome.changed': 'Recorded. The board shows it now.',
  'signals.manual.outcome.held':
    'Recorded, but held: it needs an operator to confirm it before the board shows it (see “Readings awaiting confirmation”).',
  'signals.manual.outcome.unchanged': 'Recorded. The board already showed this, so nothing changed.',

  'playbooks.title': 'Actions set off by signals',

  'playbooks.note':
    'Each playbook lists what to do for a signal. Acknowledge a task when you take it on; mark it done when it is finished.',

  'playbooks.failed': 'The task list could not be loaded just now. Trying again when the connection returns.',

  'playbooks.none': 'No playbook is running.',

  'playbooks.status.open': 'Open',
  'playbooks.status.closed': 'Closed',

  'playbooks.trigger': 'Set off by {authority}: {hazard}, {level}',

  'playbooks.progress': '{done} of {total} tasks done',

  'playbooks.templates': 'Alert drafts ready for the alert composer: {count}',

  'playbooks.task.state.open': 'To do',
  'playbooks.task.state.acknowledged': 'Acknowledged',
  'playbooks.task.state.done': 'Done',
  'playbooks.task.acknowledgedBy': 'Acknowledged by {name}',
  'playbooks.task.doneBy': 'Done by {name}',
  'playbooks.task.note': 'Note: {note}',
  'playbooks.task.noteLabel': 'Note (optional)',
  'playbooks.task.acknowledge': 'Acknowledge',
  'playbooks.task.done': 'Mark done',
  'playbooks.task.addNote': 'Add a note',

  'signals.tracks.unknownSince': 'No readable answer from the source since {time}.',
  'signals.tracks.noAnswer': 'No readable answer from the source yet.',
  'signals.tracks.staleSince': 'Feed not answering since {time}: the last known state is shown.',
  'signals.tracks.staleNoAnswer': 'The feed has not answered in time: the last known state is shown.',

  'notPermitted.title': 'Not permitted',
  'notPermitted.body': 'Your role ({role}) does not give access to this page.',
  'notPermitted.home': 'Go to your home page',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the start page',

  ...alertsEn,
  ...fieldEn,
  ...opsEn,
  ...evacuationEn,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
