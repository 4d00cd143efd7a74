import { EMPTY_PAYLOAD_SHA256, encodeKey, sha256Hex, signV4, type SigV4Credentials } from './sigv4.signer.js';

/** The credentials of AWS's Signature Version 4 test suite (get-vanilla and the others). */
const SUITE: SigV4Credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 'service' };
const SUITE_NOW = new Date('2015-08-30T12:36:00Z');
/** The example credentials of Amazon S3's "Signature Calculations for the Authorization Header" page. */
const S3_DOCS: SigV4Credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 's3' };
const S3_NOW = new Date('2013-05-24T00:00:00Z');

describe('AWS Signature Version 4', () => {
  it('matches the test suite: get-vanilla', () => {
    const signed = signV4({ method: 'GET', url: new URL('https://example.amazonaws.com/'), payloadSha256: EMPTY_PAYLOAD_SHA256, now: SUITE_NOW }, SUITE);
    expect(signed.headers['x-amz-date']).toBe('20150830T123600Z');
    expect(signed.headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('matches the test suite: get-vanilla-query-order-key-case and post-vanilla', () => {
    const query = signV4(
      { method: 'GET', url: new URL('https://example.amazonaws.com/?Param2=value2&Param1=value1'), payloadSha256: EMPTY_PAYLOAD_SHA256, now: SUITE_NOW },
      SUITE,
    );
    expect(query.signature).toBe('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
    const post = signV4({ method: 'POST', url: new URL('https://example.amazonaws.com/'), payloadSha256: EMPTY_PAYLOAD_SHA256, now: SUITE_NOW }, SUITE);
    expect(post.signature).toBe('5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b');
  });

  it("matches S3's documented GET Object (ranged) example", () => {
    const signed = signV4(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_PAYLOAD_SHA256 },
        payloadSha256: EMPTY_PAYLOAD_SHA256,
        now: S3_NOW,
      },
      S3_DOCS,
    );
    expect(signed.headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it("matches S3's documented PUT Object example, whose key needs encoding", () => {
    const body = 'Welcome to Amazon S3.';
    const payload = sha256Hex(body);
    expect(payload).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const url = new URL(`https://examplebucket.s3.amazonaws.com/${encodeKey('test$file.text')}`);
    expect(url.pathname).toBe('/test%24file.text');
    const signed = signV4(
      {
        method: 'PUT',
        url,
        headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY', 'x-amz-content-sha256': payload },
        payloadSha256: payload,
        now: S3_NOW,
      },
      S3_DOCS,
    );
    expect(signed.headers.authorization).toContain('SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,');
    expect(signed.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('encodes keys segment by segment, keeping the slashes', () => {
    expect(encodeKey('reports/a b/ç*.jpg')).toBe('reports/a%20b/%C3%A7%2A.jpg');
  });
});
