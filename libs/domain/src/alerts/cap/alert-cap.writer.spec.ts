import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alert, AlertMsgType, AlertStatus } from '@app/contracts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { parseCapAlert } from '../../cap/cap-alert.parser.js';
import { referenceData } from '../../reference/reference-data.js';
import { buildFollowUpDraft } from '../alert-follow-up.builder.js';
import { FIXTURE_NOW, publishedAlertFixture } from '../alert.fixture.js';
import { ALERT_TEMPLATES } from '../templates/alert-templates.data.js';
import { toAtomFeed } from './alert-atom.writer.js';
import { toCapXml } from './alert-cap.writer.js';
import { formatCapTime } from './cap-time.format.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const schema = { fileName: 'cap-1.2.xsd', contents: readFileSync(path.resolve(repoRoot, '../shared/standards/cap-1.2.xsd'), 'utf8') };
const areas = referenceData().areas;
const options = { sender: 'alerts.qinao.example', areas, webBaseUrl: 'https://alerts.qinao.example' };
const operator = { userId: 'operator-1', role: 'operator' as const };

async function expectSchemaValid(documents: { fileName: string; contents: string }[]): Promise<void> {
  const result = await validateXML({ xml: documents, schema: [schema] });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

/** A published alert of this template, status and message type (Update/Cancel reference an earlier alert). */
function generated(templateId: string, status: AlertStatus, msgType: AlertMsgType): Alert {
  const original = publishedAlertFixture({}, templateId, status);
  if (msgType === 'Alert') return original;
  const followUp = buildFollowUpDraft(original, msgType, operator);
  return publishedAlertFixture({ ...followUp.content, id: `${original.id}-${msgType}`, identifier: `QINAO-20260905-${msgType}`, replacesAlertId: original.id });
}

describe('formatCapTime', () => {
  it('writes +08:00 without fractions or Z', () => {
    expect(formatCapTime('2026-09-05T02:00:00.123Z')).toBe('2026-09-05T10:00:00+08:00');
    expect(formatCapTime('2026-12-31T20:30:05Z')).toBe('2027-01-01T04:30:05+08:00');
  });
});

describe('toCapXml', () => {
  it('every template × status × message type is valid against the OASIS CAP 1.2 schema', { timeout: 60_000 }, async () => {
    const documents: { fileName: string; contents: string }[] = [];
    for (const template of ALERT_TEMPLATES) {
      for (const status of ['Actual', 'Exercise', 'Test', 'Draft'] as const) {
        for (const msgType of ['Alert', 'Update', 'Cancel'] as const) {
          documents.push({ fileName: `${template.id}-${status}-${msgType}.xml`, contents: toCapXml(generated(template.id, status, msgType), options) });
        }
      }
    }
    expect(documents.length).toBe(ALERT_TEMPLATES.length * 12);
    await expectSchemaValid(documents);
  });

  it('writes drawn polygons and circles as CAP areas, valid against the schema', async () => {
    const alert = publishedAlertFixture({
      target: {
        areaIds: ['lianhua'],
        polygons: [[[22.13, 113.53], [22.15, 113.53], [22.15, 113.55], [22.13, 113.53]]],
        circles: [{ center: { lat: 22.1387, lon: 113.5455 }, radiusKm: 1.5 }],
      },
    });
    const xml = toCapXml(alert, options);
    expect(xml).toContain('<polygon>22.13,113.53 22.15,113.53 22.15,113.55 22.13,113.53</polygon>');
    expect(xml).toContain('<circle>22.1387,113.5455 1.5</circle>');
    await expectSchemaValid([{ fileName: 'shapes.xml', contents: xml }]);
  });

  it('escapes markup characters and keeps Chinese text intact', async () => {
    const alert = publishedAlertFixture();
    alert.info.en.headline = `Bridge <closed> & "rerouted" via UM's bridge`;
    alert.info['zh-Hans'].description = '莲花大桥 <封闭> & "改道" \'澳大\'';
    const xml = toCapXml(alert, options);
    expect(xml).toContain('Bridge &lt;closed&gt; &amp; &quot;rerouted&quot; via UM&apos;s bridge');
    await expectSchemaValid([{ fileName: 'escaped.xml', contents: xml }]);
    const parsed = parseCapAlert(xml);
    if (!parsed.ok) throw parsed.error;
    expect(parsed.alert.infos.find((info) => info.language === 'en')!.headline).toBe(alert.info.en.headline);
    expect(parsed.alert.infos.find((info) => info.language === 'zh-Hans')!.description).toBe(alert.info['zh-Hans'].description);
  });

  it('is read back by the CAP parser with the same key fields', () => {
    const original = publishedAlertFixture();
    const update = generated('smg-stormsurge-red', 'Actual', 'Update');
    update.target = { ...update.target, circles: [{ center: { lat: 22.14, lon: 113.54 }, radiusKm: 2 }] };
    const parsed = parseCapAlert(toCapXml(update, options));
    if (!parsed.ok) throw parsed.error;
    const cap = parsed.alert;
    expect(cap).toMatchObject({ identifier: update.identifier, sender: update.sender, status: 'Actual', msgType: 'Update', scope: 'Public', live: true });
    expect(cap.sent).toBe('2026-09-05T10:00:00+08:00');
    expect(cap.references).toEqual([{ sender: original.sender, identifier: original.identifier, sent: '2026-09-05T10:00:00+08:00' }]);
    expect(cap.infos.map((info) => info.language)).toEqual(['zh-Hans', 'zh-Hant', 'pt', 'en']);
    const en = cap.infos[3]!;
    expect(en).toMatchObject({
      categories: [update.category],
      event: update.event.en,
      urgency: update.urgency,
      severity: update.severity,
      certainty: update.certainty,
      responseTypes: update.responseTypes,
      headline: update.info.en.headline,
      instruction: update.info.en.instruction,
      expires: formatCapTime(update.expires),
    });
    expect(en.eventCodes).toEqual([{ valueName: 'OET:v1.2', value: 'OET-189' }]);
    expect(en.areas.filter((area) => area.geocodes.length > 0).map((area) => area.geocodes[0]!.value)).toEqual(update.target.areaIds);
    expect(en.areas.at(-1)!.circles).toEqual([{ centre: { lat: 22.14, lon: 113.54 }, radiusKm: 2 }]);
    const lianhua = en.areas.find((area) => area.geocodes[0]?.value === 'lianhua')!;
    expect(lianhua.areaDesc).toBe('Lianhua Community');
    expect(lianhua.polygons[0]!.points.at(0)).toEqual(lianhua.polygons[0]!.points.at(-1));
  });

  it('the schema check itself rejects a broken document (a Z time, an unknown status)', async () => {
    const xml = toCapXml(publishedAlertFixture(), options);
    const broken = [
      { fileName: 'z-time.xml', contents: xml.replace('<sent>2026-09-05T10:00:00+08:00</sent>', '<sent>2026-09-05T02:00:00Z</sent>') },
      { fileName: 'bad-status.xml', contents: xml.replace('<status>Actual</status>', '<status>Live</status>') },
    ];
    for (const document of broken) {
      const result = await validateXML({ xml: [document], schema: [schema] });
      expect(result.valid, document.fileName).toBe(false);
    }
  });

  it('refuses an alert that was never published', () => {
    expect(() => toCapXml(publishedAlertFixture({ identifier: null, state: 'approved' }), options)).toThrow(/published/);
  });
});

describe('toAtomFeed', () => {
  const base = 'https://alerts.qinao.example';
  const live = publishedAlertFixture({ id: 'a-live' });
  const drill = publishedAlertFixture({ id: 'a-drill' }, 'smg-tc8-issued', 'Exercise');
  const expired = publishedAlertFixture({ id: 'a-expired', expires: new Date(FIXTURE_NOW.getTime() - 1).toISOString() });
  const draft = publishedAlertFixture({ id: 'a-draft', state: 'approved' });
  const tricky = publishedAlertFixture({ id: 'a-tricky' });
  tricky.info.en.headline = 'Rain & <wind> "now"';

  it('lists current Actual Public alerts, each linking its CAP document, as well-formed XML', () => {
    const feed = toAtomFeed([live, drill, expired, draft, tricky], { baseUrl: `${base}/`, updated: FIXTURE_NOW });
    expect(XMLValidator.validate(feed)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(feed);
    expect(parsed.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [parsed.feed.entry].flat();
    expect(entries.map((entry) => entry.id).sort()).toEqual([`${base}/api/alerts/a-live/cap.xml`, `${base}/api/alerts/a-tricky/cap.xml`]);
    const capLinks = entries.flatMap((entry) => [entry.link].flat()).filter((link) => link['@type'] === 'application/cap+xml');
    expect(capLinks.map((link) => link['@href']).sort()).toEqual([`${base}/api/alerts/a-live/cap.xml`, `${base}/api/alerts/a-tricky/cap.xml`]);
    expect(feed).toContain('Rain &amp; &lt;wind&gt; &quot;now&quot;');
    expect(parsed.feed.updated).toBe('2026-09-05T10:00:00+08:00');
  });

  it('is a valid empty feed when nothing is current', () => {
    const feed = toAtomFeed([drill, expired], { baseUrl: base, updated: FIXTURE_NOW, language: 'zh-Hant' });
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).not.toContain('<entry>');
    expect(feed).toContain('xml:lang="zh-Hant"');
  });
});
