import type { XmlElement } from '../xml/index.js';
import type { CapArea, CapCircle, CapNamedValue, CapPolygon } from './cap-alert.types.js';
import { readCircle, readPolygon } from './cap-geometry.reader.js';
import { AREA_SEQUENCE, NAMED_VALUE_SEQUENCE, XS_DECIMAL_PATTERN } from './cap-schema.data.js';
import { type CapProblemLog, capChildren, capText, checkSequence } from './cap-structure.check.js';

/** eventCode, parameter and geocode: `<valueName>` then `<value>`. */
export function readNamedValues(parent: XmlElement, name: string, path: string, log: CapProblemLog): CapNamedValue[] {
  return capChildren(parent, name).map((element, index) => {
    const at = `${path}/${name}[${index + 1}]`;
    checkSequence(element, NAMED_VALUE_SEQUENCE, at, log);
    return { valueName: capText(element, 'valueName', at, log) ?? '', value: capText(element, 'value', at, log) ?? '' };
  });
}

export function readArea(area: XmlElement, path: string, log: CapProblemLog): CapArea {
  checkSequence(area, AREA_SEQUENCE, path, log);
  const polygons: CapPolygon[] = [];
  capChildren(area, 'polygon').forEach((element, index) => {
    const read = readPolygon(element.text);
    if (read.ok) polygons.push(read.value);
    else log.add('cap_bad_polygon', `${path}/polygon[${index + 1}]`, read.reason);
  });
  const circles: CapCircle[] = [];
  capChildren(area, 'circle').forEach((element, index) => {
    const read = readCircle(element.text);
    if (read.ok) circles.push(read.value);
    else log.add('cap_bad_circle', `${path}/circle[${index + 1}]`, read.reason);
  });
  const altitude = decimal(capText(area, 'altitude', path, log), `${path}/altitude`, log);
  const ceiling = decimal(capText(area, 'ceiling', path, log), `${path}/ceiling`, log);
  if (ceiling !== null && altitude === null) log.add('cap_missing_element', path, '<ceiling> requires <altitude>');
  return {
    areaDesc: capText(area, 'areaDesc', path, log) ?? '',
    polygons,
    circles,
    geocodes: readNamedValues(area, 'geocode', path, log),
    altitude,
    ceiling,
  };
}

function decimal(value: string | null, path: string, log: CapProblemLog): number | null {
  if (value === null) return null;
  if (!XS_DECIMAL_PATTERN.test(value)) {
    log.add('cap_bad_value', path, `"${value}" is not a decimal number`);
    return null;
  }
  return Number(value);
}
