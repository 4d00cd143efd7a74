/*
 * CAP 1.2 as the OASIS schema (cap-1.2.xsd) defines it: namespace, enumerations, element sequences and the date
 * pattern. Kept in step with the schema by hand; the comments name the schema's element.
 */

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
/** Signatures (`<any namespace="…xmldsig#">`) may follow the alert's own elements. */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
export const CAP_RESPONSE_TYPES = ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'] as const;
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

export type CapStatus = (typeof CAP_STATUSES)[number];
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];
export type CapScope = (typeof CAP_SCOPES)[number];
export type CapCategory = (typeof CAP_CATEGORIES)[number];
export type CapResponseType = (typeof CAP_RESPONSE_TYPES)[number];
export type CapUrgency = (typeof CAP_URGENCIES)[number];
export type CapSeverity = (typeof CAP_SEVERITIES)[number];
export type CapCertainty = (typeof CAP_CERTAINTIES)[number];

/** The schema's dateTime pattern for sent/effective/onset/expires: local time with offset, no `Z`, no fractions. */
export const CAP_DATE_TIME_PATTERN = /^\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-,+]\d\d:\d\d$/;
/** xs:language. */
export const XS_LANGUAGE_PATTERN = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
export const XS_DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
export const XS_INTEGER_PATTERN = /^[+-]?\d+$/;

export interface ElementRule {
  name: string;
  min: number;
  max: number;
}

const one = (name: string): ElementRule => ({ name, min: 1, max: 1 });
const optional = (name: string): ElementRule => ({ name, min: 0, max: 1 });
const many = (name: string, min = 0): ElementRule => ({ name, min, max: Number.POSITIVE_INFINITY });

/** alert: the schema's sequence, in order. */
export const ALERT_SEQUENCE: readonly ElementRule[] = [
  one('identifier'),
  one('sender'),
  one('sent'),
  one('status'),
  one('msgType'),
  optional('source'),
  one('scope'),
  optional('restriction'),
  optional('addresses'),
  many('code'),
  optional('note'),
  optional('references'),
  optional('incidents'),
  many('info'),
];

/** alert/info. */
export const INFO_SEQUENCE: readonly ElementRule[] = [
  optional('language'),
  many('category', 1),
  one('event'),
  many('responseType'),
  one('urgency'),
  one('severity'),
  one('certainty'),
  optional('audience'),
  many('eventCode'),
  optional('effective'),
  optional('onset'),
  optional('expires'),
  optional('senderName'),
  optional('headline'),
  optional('description'),
  optional('instruction'),
  optional('web'),
  optional('contact'),
  many('parameter'),
  many('resource'),
  many('area'),
];

/** alert/info/resource. */
export const RESOURCE_SEQUENCE: readonly ElementRule[] = [
  one('resourceDesc'),
  one('mimeType'),
  optional('size'),
  optional('uri'),
  optional('derefUri'),
  optional('digest'),
];

/** alert/info/area. */
export const AREA_SEQUENCE: readonly ElementRule[] = [
  one('areaDesc'),
  many('polygon'),
  many('circle'),
  many('geocode'),
  optional('altitude'),
  optional('ceiling'),
];

/** eventCode, parameter, geocode. */
export const NAMED_VALUE_SEQUENCE: readonly ElementRule[] = [one('valueName'), one('value')];
