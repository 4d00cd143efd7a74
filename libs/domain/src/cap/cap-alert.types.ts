import { DomainError } from '../domain-error.js';
import type { XmlRejected } from '../xml/index.js';
import type {
  CapCategory,
  CapCertainty,
  CapMsgType,
  CapResponseType,
  CapScope,
  CapSeverity,
  CapStatus,
  CapUrgency,
} from './cap-schema.data.js';

export interface CapNamedValue {
  valueName: string;
  value: string;
}

export interface CapPoint {
  lat: number;
  lon: number;
}

/** A closed ring of at least four WGS 84 points, first equal to last. */
export interface CapPolygon {
  points: CapPoint[];
}

export interface CapCircle {
  centre: CapPoint;
  radiusKm: number;
}

export interface CapArea {
  areaDesc: string;
  polygons: CapPolygon[];
  circles: CapCircle[];
  geocodes: CapNamedValue[];
  altitude: number | null;
  ceiling: number | null;
}

export interface CapResource {
  resourceDesc: string;
  mimeType: string;
  size: number | null;
  uri: string | null;
  derefUri: string | null;
  digest: string | null;
}

/** One language's text of the alert; CAP times are kept as written (`YYYY-MM-DDThh:mm:ss+08:00`). */
export interface CapInfo {
  language: string;
  categories: CapCategory[];
  event: string;
  responseTypes: CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  audience: string | null;
  eventCodes: CapNamedValue[];
  effective: string | null;
  onset: string | null;
  expires: string | null;
  senderName: string | null;
  headline: string | null;
  description: string | null;
  instruction: string | null;
  web: string | null;
  contact: string | null;
  parameters: CapNamedValue[];
  resources: CapResource[];
  areas: CapArea[];
}

/** An earlier message an Update, Cancel, Ack or Error refers to (`sender,identifier,sent`). */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: string;
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  source: string | null;
  scope: CapScope;
  restriction: string | null;
  addresses: string | null;
  codes: string[];
  note: string | null;
  references: CapReference[];
  incidents: string[];
  infos: CapInfo[];
  /** Only `Actual` messages may change live state; Exercise, Test, System and Draft never do. */
  live: boolean;
  /** True when an XML signature follows the alert's elements (it is not verified here). */
  signed: boolean;
}

export type CapProblemCode =
  | 'cap_not_alert'
  | 'cap_namespace'
  | 'cap_missing_element'
  | 'cap_unexpected_element'
  | 'cap_element_order'
  | 'cap_too_many'
  | 'cap_mixed_content'
  | 'cap_bad_value'
  | 'cap_bad_time'
  | 'cap_bad_polygon'
  | 'cap_bad_circle'
  | 'cap_bad_reference';

export interface CapProblem {
  code: CapProblemCode;
  /** Where, e.g. `alert/info[2]/area[1]/polygon[1]`. */
  path: string;
  message: string;
}

/** A document that is XML but not a valid CAP 1.2 alert. `code` is the first problem's; `details` lists them all. */
export class CapInvalid extends DomainError {
  declare readonly code: CapProblemCode;

  constructor(readonly problems: readonly CapProblem[]) {
    const first = problems[0]!;
    super(
      'unprocessable',
      first.code,
      problems.length === 1 ? `Invalid CAP alert: ${first.message}` : `Invalid CAP alert (${problems.length} problems): ${first.message}`,
      problems.map((problem) => `${problem.path}: ${problem.message}`),
    );
    this.name = 'CapInvalid';
  }
}

export type CapParseResult = { ok: true; alert: CapAlert } | { ok: false; error: XmlRejected | CapInvalid };
