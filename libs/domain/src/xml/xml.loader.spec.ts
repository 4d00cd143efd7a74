import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../test-fixtures/fixture-paths.js';
import { DEFAULT_XML_LIMITS } from './xml-limits.js';
import { loadXml, type XmlLoadResult } from './xml.loader.js';

function rejection(result: XmlLoadResult) {
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.error;
}

function accepted(result: XmlLoadResult) {
  if (!result.ok) throw new Error(`expected the document to load, got ${result.error.code}: ${result.error.message}`);
  return result.document;
}

/** The classic entity-expansion bomb, padded with references to the given size. */
function billionLaughs(targetBytes: number): string {
  const lines = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i += 1) lines.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  lines.push(']>');
  const head = `${lines.join('\n')}\n<lolz>`;
  const tail = '</lolz>';
  return head + '&lol9;'.repeat(Math.ceil((targetBytes - head.length - tail.length) / 6)) + tail;
}

describe('loadXml', () => {
  it('parses elements, attributes, namespaces, CDATA and the built-in character references', () => {
    const document = accepted(
      loadXml(
        '<?xml version="1.0"?><a:root xmlns:a="urn:a" xmlns="urn:default" id="x &amp; y">' +
          '<child>5 &lt; 6 &#65;&#x42; &quot;q&quot;</child><![CDATA[<not-markup> &amp;]]><a:leaf/></a:root>',
      ),
    );
    const { root } = document;
    expect(root).toMatchObject({ name: 'a:root', localName: 'root', namespace: 'urn:a' });
    expect(root.attributes.id).toBe('x & y');
    expect(root.text).toBe('<not-markup> &amp;');
    expect(root.children.map((child) => [child.localName, child.namespace])).toEqual([
      ['child', 'urn:default'],
      ['leaf', 'urn:a'],
    ]);
    expect(root.children[0]!.text).toBe('5 < 6 AB "q"');
    expect(document.elementCount).toBe(3);
  });

  it('strips a UTF-8 byte order mark from bytes and from strings, and a blank line before the declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n<?xml version="1.0"?><r>ok</r>')]);
    expect(accepted(loadXml(bytes)).root.text).toBe('ok');
    expect(accepted(loadXml('\uFEFF<r>ok</r>')).root.text).toBe('ok');
  });

  it('rejects empty input', () => {
    expect(rejection(loadXml('')).code).toBe('xml_empty');
    expect(rejection(loadXml(' \n\t')).code).toBe('xml_empty');
  });

  it('rejects documents over the size limit before parsing them', () => {
    const big = `<r>${'x'.repeat(DEFAULT_XML_LIMITS.maxBytes)}</r>`;
    const error = rejection(loadXml(big));
    expect(error.code).toBe('xml_too_large');
    expect(error.message).toContain(String(DEFAULT_XML_LIMITS.maxBytes));
    expect(rejection(loadXml('<r>12345</r>', { maxBytes: 8 })).code).toBe('xml_too_large');
    // Multi-byte characters count as bytes, not as characters.
    expect(rejection(loadXml(`<r>${'澳'.repeat(10)}</r>`, { maxBytes: 30 })).code).toBe('xml_too_large');
  });

  it('rejects bytes that are not UTF-8 and documents that declare another encoding', () => {
    expect(rejection(loadXml(Buffer.from([0x3c, 0x72, 0x3e, 0xb0, 0xc4, 0x3c, 0x2f, 0x72, 0x3e]))).code).toBe('xml_encoding');
    expect(rejection(loadXml(Buffer.from('<?xml version="1.0" encoding="Big5"?><r/>'))).code).toBe('xml_encoding');
  });

  it('rejects an HTML maintenance page however it starts', () => {
    expect(rejection(loadXml(ownFixture('smg', 'maintenance.html'))).code).toBe('xml_html');
    expect(rejection(loadXml('<html><body>down</body></html>')).code).toBe('xml_html');
    expect(rejection(loadXml('<?xml version="1.0"?>\n<!-- note --><HTML><p>x</p></HTML>')).code).toBe('xml_html');
    // An error page in another encoding (here GBK bytes) is still reported as HTML.
    const gbkPage = Buffer.concat([Buffer.from('<!DOCTYPE html><html><body>'), Buffer.from([0xcf, 0xb5, 0xcd, 0xb3]), Buffer.from('</body></html>')]);
    expect(rejection(loadXml(gbkPage)).code).toBe('xml_html');
    // Well-formed XHTML is still not a warning document.
    expect(rejection(loadXml('<x:html xmlns:x="http://www.w3.org/1999/xhtml"><x:body/></x:html>')).code).toBe('xml_html');
  });

  it('rejects a DOCTYPE with an external entity (XXE) without resolving it', () => {
    const error = rejection(loadXml(ownFixture('smg', 'c_typhoon_xxe.xml')));
    expect(error.code).toBe('xml_doctype');
    expect(error.message).toMatch(/DOCTYPE/);
    expect(rejection(loadXml('<r><!ENTITY x "y"></r>')).code).toBe('xml_doctype');
  });

  it('refuses a 10 MB billion-laughs document quickly and without expanding it', () => {
    const bomb = billionLaughs(10 * 1024 * 1024);
    expect(bomb.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);

    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const bySize = rejection(loadXml(bomb));
    const byDeclaration = rejection(loadXml(bomb, { maxBytes: 20 * 1024 * 1024 }));
    const elapsed = performance.now() - started;
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

    expect(bySize.code).toBe('xml_too_large');
    expect(byDeclaration.code).toBe('xml_doctype');
    expect(elapsed).toBeLessThan(1000);
    // Expanding even one &lol9; would take about 3 GB; the refusal works on the input as it is.
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it('rejects references to entities that are not built in', () => {
    expect(rejection(loadXml(ownFixture('smg', 'c_typhoon_undeclared_entity.xml'))).code).toBe('xml_entity');
    expect(rejection(loadXml('<r a="&nbsp;"/>')).code).toBe('xml_entity');
  });

  it('rejects ill-formed documents with a reason that says where', () => {
    const truncated = rejection(loadXml(ownFixture('smg', 'c_typhoon_truncated.xml')));
    expect(truncated.code).toBe('xml_ill_formed');
    expect(truncated.message).toMatch(/line \d+/);
    expect(rejection(loadXml('<a><b></a>')).code).toBe('xml_ill_formed');
    expect(rejection(loadXml('<a/><b/>')).code).toBe('xml_ill_formed');
    expect(rejection(loadXml('<r>fish & chips</r>')).code).toBe('xml_ill_formed');
    expect(rejection(loadXml('<r a="fish & chips"/>')).code).toBe('xml_ill_formed');
    expect(rejection(loadXml('<r a="1 < 2"/>')).code).toBe('xml_ill_formed');
    expect(rejection(loadXml('<r>\u0007</r>')).code).toBe('xml_ill_formed');
    expect(rejection(loadXml('<r>&#0;</r>')).code).toBe('xml_ill_formed');
    expect(rejection(loadXml('just text')).code).toBe('xml_ill_formed');
  });

  it('rejects undeclared namespace prefixes', () => {
    expect(rejection(loadXml('<cap:alert><cap:x/></cap:alert>')).code).toBe('xml_namespace');
  });

  it('refuses element names that could pollute object prototypes', () => {
    const result = loadXml('<r><__proto__><polluted>yes</polluted></__proto__></r>');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('enforces the depth limit, root being depth 1', () => {
    const nested = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expect(accepted(loadXml(nested(DEFAULT_XML_LIMITS.maxDepth))).elementCount).toBe(DEFAULT_XML_LIMITS.maxDepth);
    expect(rejection(loadXml(nested(DEFAULT_XML_LIMITS.maxDepth + 1))).code).toBe('xml_too_deep');
    expect(rejection(loadXml(nested(5), { maxDepth: 4 })).code).toBe('xml_too_deep');
  });

  it('rejects a very deeply nested document quickly', () => {
    const depth = 70_000; // just under the default size limit
    const started = performance.now();
    const error = rejection(loadXml('<a>'.repeat(depth) + '</a>'.repeat(depth)));
    expect(error.code).toBe('xml_too_deep');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('enforces the element count limit', () => {
    const wide = `<r>${'<i/>'.repeat(50)}</r>`;
    expect(accepted(loadXml(wide, { maxElements: 51 })).elementCount).toBe(51);
    expect(rejection(loadXml(wide, { maxElements: 50 })).code).toBe('xml_too_many_elements');
  });

  it('returns errors that map to a 422 with the reason as message', () => {
    const error = rejection(loadXml('<html/>'));
    expect(error.kind).toBe('unprocessable');
    expect(error.message.length).toBeGreaterThan(10);
  });
});
