import type { AfterActionReport } from '@app/contracts';
import { AFTER_ACTION_LABELS, type AfterActionItem } from './after-action.labels.js';

/**
 * The report as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Chinese correctly): one row per figure,
 * `section,item,detail,value`, labelled in the report's language.
 */
export function afterActionCsv(report: AfterActionReport): string {
  const labels = AFTER_ACTION_LABELS[report.language];
  const rows: (string | number)[][] = [['section', 'item', 'detail', 'value']];
  const add = (section: keyof typeof labels.sections, item: AfterActionItem, value: number | string, detail = '') =>
    rows.push([labels.sections[section], labels.items[item], detail, value]);

  rows.push([labels.period, report.from, report.to, '']);
  const { warnings, teams, crews, hazards, evacuation, residents } = report;
  add('warnings', 'alerts', warnings.alerts);
  add('warnings', 'sent', warnings.sent);
  add('warnings', 'failed', warnings.failed);
  for (const c of warnings.byChannel) add('warnings', 'byChannel', c.sent, labels.channels[c.channel] ?? c.channel);
  for (const l of warnings.byLanguage) add('warnings', 'byLanguage', l.sent, l.language);
  for (const s of report.signalTimeline) rows.push([labels.sections.signals, s.at, `${s.authority}/${s.hazard}`, s.label]);
  add('teams', 'inspectionTeams', teams.inspectionTeams);
  add('teams', 'rescueCrews', teams.rescueCrews);
  add('teams', 'tasks', teams.tasks);
  add('teams', 'tasksDone', teams.tasksDone);
  add('teams', 'inspectorTrips', teams.inspectorTrips);
  add('teams', 'vehicleTrips', teams.vehicleTrips);
  add('teams', 'vehicles', teams.vehicles);
  add('crews', 'peakCrewsOnStandby', crews.peakCrewsOnStandby);
  add('crews', 'peakPeopleOnStandby', crews.peakPeopleOnStandby);
  add('hazards', 'found', hazards.found);
  add('hazards', 'rectified', hazards.rectified);
  add('hazards', 'verified', hazards.verified);
  add('hazards', 'open', hazards.open);
  for (const c of hazards.byCategory) add('hazards', 'byCategory', `${c.found}/${c.rectified}`, labels.hazardCategories[c.category] ?? c.category);
  add('evacuation', 'peopleMoved', evacuation.peopleMoved);
  add('evacuation', 'transfers', evacuation.transfers);
  add('evacuation', 'sheltersUsed', evacuation.sheltersUsed);
  add('evacuation', 'peakOccupancy', evacuation.peakOccupancy);
  add('evacuation', 'vulnerableChecked', evacuation.vulnerableChecked);
  for (const o of evacuation.welfareOutcomes) add('evacuation', 'welfareOutcomes', o.count, labels.welfareOutcomes[o.outcome] ?? o.outcome);
  add('residents', 'safe', residents.safe);
  add('residents', 'needHelp', residents.needHelp);
  add('residents', 'helpRequestsHandled', residents.helpRequestsHandled);
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Quotes when needed; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
