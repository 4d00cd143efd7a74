import { readCapFeed } from './cap-feed.reader.js';

const FEED = 'https://cap.example.cn/zhuhai/feed.atom';

describe('readCapFeed', () => {
  it('recognises a CAP alert', () => {
    expect(readCapFeed(Buffer.from('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier></alert>'), FEED)).toEqual({ kind: 'cap' });
  });

  it('lists the CAP links of an Atom index, resolved against the feed and http(s) only', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry><id>1</id><updated>2024-09-05T10:00:00Z</updated><link rel="self" href="/x"/><link type="application/cap+xml" href="alerts/1.xml"/></entry>
      <entry><id>2</id><link href="https://other.example.cn/2.xml"/></entry>
      <entry><id>3</id><content src="3.xml" type="application/cap+xml"/></entry>
      <entry><id>4</id><link href="file:///etc/passwd"/></entry>
      <entry><id>5</id></entry>
    </feed>`;
    expect(readCapFeed(Buffer.from(atom), FEED)).toEqual({
      kind: 'atom',
      entries: [
        { id: '1', updated: '2024-09-05T10:00:00Z', url: 'https://cap.example.cn/zhuhai/alerts/1.xml' },
        { id: '2', updated: null, url: 'https://other.example.cn/2.xml' },
        { id: '3', updated: null, url: 'https://cap.example.cn/zhuhai/3.xml' },
      ],
    });
  });

  it('refuses hostile XML and anything that is neither CAP nor Atom', () => {
    expect(readCapFeed(Buffer.from('<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed>&x;</feed>'), FEED)).toMatchObject({ kind: 'rejected', error: { code: 'xml_doctype' } });
    expect(readCapFeed(Buffer.from('<rss><channel/></rss>'), FEED)).toMatchObject({ kind: 'unrecognised' });
    expect(readCapFeed(Buffer.from('<html><body>down</body></html>'), FEED)).toMatchObject({ kind: 'rejected', error: { code: 'xml_html' } });
  });
});
