import { DomainError } from '../domain-error.js';

/** Why a document was refused before or while it was parsed. */
export type XmlRejectionCode =
  | 'xml_empty'
  | 'xml_too_large'
  | 'xml_encoding'
  | 'xml_html'
  | 'xml_doctype'
  | 'xml_entity'
  | 'xml_ill_formed'
  | 'xml_namespace'
  | 'xml_too_deep'
  | 'xml_too_many_elements';

/** A document that was not accepted as XML; the message says what was wrong in words an operator understands. */
export class XmlRejected extends DomainError {
  declare readonly code: XmlRejectionCode;

  constructor(code: XmlRejectionCode, message: string) {
    super('unprocessable', code, message);
    this.name = 'XmlRejected';
  }
}
