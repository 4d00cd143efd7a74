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

  'board.notYetAvailable': 'Not yet available',

  'command.title': 'Command dashboard',
  'command.intro':
    'Monitor official signals, prepare and approve alerts, and coordinate field teams across Hengqin and the Macau New Neighbourhood.',
  'command.roleHint.admin': 'As administrator you manage staff accounts and review the audit trail.',
  'command.roleHint.commander': 'As commander you approve alerts before they are sent to residents.',
  'command.roleHint.operator': 'As operator you draft alerts and keep incoming signals up to date.',
  'command.board.signals.title': 'Official signals',
  'command.board.signals.body': 'Typhoon, rainstorm and other warning signals from official sources will be shown here as they change.',
  'command.board.alerts.title': 'Alerts',
  'command.board.alerts.body': 'Drafts, alerts awaiting approval and alerts already sent will be listed here.',
  'command.board.field.title': 'Field teams',
  'command.board.field.body': 'Inspection tasks, crews on duty and reports from the field will be shown here.',
  'command.board.areas.title': 'Areas',
  'command.board.areas.body':
    'The Hengqin communities and the Macau New Neighbourhood estate, with shelters and key crossings, will be shown here.',

  'field.title': 'Field operations',
  'field.intro': 'Your tasks, checks and reports, laid out for use on a phone outdoors.',
  'field.board.tasks.title': 'My tasks',
  'field.board.tasks.body': 'Tasks assigned to you or your crew will be listed here, most urgent first.',
  'field.board.report.title': 'Report from the field',
  'field.board.report.body': 'You will send observations with a photo and your location from here.',
  'field.board.checklists.title': 'Checklists',
  'field.board.checklists.body': 'Checklists for shelters, drainage points and crossings will be shown here.',

  'liaison.title': 'Liaison signal board',
  'liaison.intro': 'A shared view of current signals and alerts for liaison officers on the Macau side.',
  'liaison.readOnly': 'Read-only view. Changes are made by the Hengqin command centre.',
  'liaison.board.signals.title': 'Current signals',
  'liaison.board.signals.body': 'Warning signals in force on both sides of the border will be shown here.',
  'liaison.board.alerts.title': 'Alerts issued',
  'liaison.board.alerts.body': 'Alerts sent to residents, with their areas and times, will be listed here.',
  'liaison.board.contacts.title': 'Duty contacts',
  'liaison.board.contacts.body': 'The command centre staff on duty and how to reach them will be shown here.',

  'alerts.title': 'Public alerts',
  'alerts.intro': 'Official emergency alerts for Hengqin and the Macau New Neighbourhood.',
  'alerts.board.current.title': 'Alerts in force',
  'alerts.board.current.body': 'Alerts will be listed here as soon as the command centre issues them.',
  'alerts.board.device.title': 'Alerts on this device',
  'alerts.board.device.body': 'You will be able to receive alerts on this device, even when this page is closed.',
  'alerts.emergency.title': 'In an emergency',
  'alerts.emergency.body': 'In Hengqin call 110 (police), 119 (fire) or 120 (ambulance). In Macau call 999.',

  'notPermitted.title': 'Not permitted',
  'notPermitted.body': 'Your role ({role}) does not give access to this page.',
  'notPermitted.home': 'Go to your home page',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the start page',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
