// The writers and readers on what other systems and residents really send: markup and `&` in
// descriptions, characters XML cannot hold, entities, CDATA, namespaces, foreign elements,
// empty lists; the XML declaration; the JSON shape of the spec.
import { describe, expect, it } from 'vitest';
import {
  readOpen311PostResponse,
  readOpen311ServiceDefinition,
  readOpen311ServiceRequests,
  readOpen311Services,
  writeOpen311Errors,
  writeOpen311PostResponse,
  writeOpen311ServiceDefinition,
  writeOpen311ServiceRequests,
  writeOpen311Services,
  type Open311ServiceRequest,
} from '../../../src/index.js';

const XSS = '<img src=x onerror=alert(1)> & <script>alert("x")</script> \'quoted\'';
const request = (more: Partial<Open311ServiceRequest> = {}): Open311ServiceRequest => ({
  service_request_id: 'c-1',
  status: 'open',
  service_code: 'ZZ-01',
  ...more,
});

describe('writing XML', () => {
  it('declares the XML version and encoding first, and nothing before it', () => {
    for (const xml of [
      writeOpen311Services([], 'xml'),
      writeOpen311ServiceDefinition({ service_code: 'A', attributes: [] }, 'xml'),
      writeOpen311ServiceRequests([request()], 'xml'),
      writeOpen311PostResponse([{ token: '1' }], 'xml'),
      writeOpen311Errors([{ code: '400', description: 'x' }], 'xml'),
    ]) {
      expect(xml.split('\n')[0]).toBe('<?xml version="1.0" encoding="utf-8"?>');
    }
  });

  it('escapes markup and & so that a description stays text', () => {
    const xml = writeOpen311ServiceRequests([request({ description: XSS })], 'xml');
    expect(xml).toContain(
      '<description>&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &apos;quoted&apos;</description>',
    );
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    const read = readOpen311ServiceRequests(xml, 'xml');
    expect(read.success && read.data[0]?.description).toBe(XSS);
  });

  it('escapes in every field: codes, names, notices', () => {
    const xml = writeOpen311Services(
      [{ service_code: 'A&B', service_name: '<b>', metadata: false, type: 'batch', group: '"g"' }],
      'xml',
    );
    expect(xml).toContain('<service_code>A&amp;B</service_code>');
    expect(xml).toContain('<service_name>&lt;b&gt;</service_name>');
    const read = readOpen311Services(xml, 'xml');
    expect(read.success && read.data[0]).toMatchObject({ service_code: 'A&B', group: '"g"' });
  });

  it('writes U+FFFD for characters XML cannot hold, and \\n for line ends', () => {
    const xml = writeOpen311ServiceRequests(
      [request({ description: 'a\u0001b\u001fc\uFFFEd\r\ne\rf' })],
      'xml',
    );
    const read = readOpen311ServiceRequests(xml, 'xml');
    expect(read.success && read.data[0]?.description).toBe('a\uFFFDb\uFFFDc\uFFFDd\ne\nf');
  });

  it('keeps Chinese, emoji and line breaks as they are', () => {
    const text = '楼道堆放杂物 🚲\n第二行：3 号楼';
    const read = readOpen311ServiceRequests(
      writeOpen311ServiceRequests([request({ description: text })], 'xml'),
      'xml',
    );
    expect(read.success && read.data[0]?.description).toBe(text);
  });

  it('writes an empty list as an empty root element, which reads back empty', () => {
    const xml = writeOpen311Services([], 'xml');
    expect(xml).toContain('<services></services>');
    expect(readOpen311Services(xml, 'xml')).toEqual({ success: true, data: [] });
    expect(readOpen311Services('<services/>', 'xml')).toEqual({ success: true, data: [] });
  });

  it('indents by four spaces, as the spec’s examples', () => {
    const xml = writeOpen311PostResponse([{ service_request_id: '1' }], 'xml');
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<service_requests>',
        '    <request>',
        '        <service_request_id>1</service_request_id>',
        '    </request>',
        '</service_requests>',
        '',
      ].join('\n'),
    );
  });
});

describe('writing JSON', () => {
  it('writes the spec’s shape: arrays, absent fields left out (no nulls), keywords as one text', () => {
    const json = JSON.parse(
      writeOpen311Services(
        [
          {
            service_code: '001',
            service_name: 'x',
            metadata: true,
            type: 'realtime',
            keywords: ['a', 'b'],
          },
        ],
        'json',
      ),
    ) as unknown;
    expect(json).toEqual([
      {
        service_code: '001',
        service_name: 'x',
        metadata: true,
        type: 'realtime',
        keywords: 'a, b',
      },
    ]);
  });

  it('writes lat/long and order as numbers, booleans as booleans', () => {
    const requests = JSON.parse(
      writeOpen311ServiceRequests([request({ lat: 37.8618, long: 112.5636 })], 'json'),
    ) as { lat: unknown; long: unknown }[];
    expect(requests[0]).toMatchObject({ lat: 37.8618, long: 112.5636 });
    const definition = JSON.parse(
      writeOpen311ServiceDefinition(
        {
          service_code: 'A',
          attributes: [{ variable: true, code: 'X', datatype: 'text', required: false, order: 2 }],
        },
        'json',
      ),
    ) as unknown;
    expect(definition).toEqual({
      service_code: 'A',
      attributes: [{ variable: true, code: 'X', datatype: 'text', required: false, order: 2 }],
    });
  });

  it('keeps markup as text, escaped only as JSON escapes', () => {
    const json = writeOpen311ServiceRequests([request({ description: XSS })], 'json');
    expect((JSON.parse(json) as { description: string }[])[0]?.description).toBe(XSS);
  });
});

describe('reading XML', () => {
  it('decodes entities once, character references to their characters, CDATA as it is', () => {
    const xml =
      '<service_requests><request><service_request_id>&#x4e2d;&#25991;</service_request_id>' +
      '<status>open</status><service_code>A&amp;#38;B</service_code>' +
      '<description><![CDATA[<b>&amp;</b>]]> &lt;i&gt;</description></request></service_requests>';
    const read = readOpen311ServiceRequests(xml, 'xml');
    expect(read.success && read.data[0]).toEqual({
      service_request_id: '中文',
      status: 'open',
      service_code: 'A&#38;B',
      description: '<b>&amp;</b> <i>',
    });
  });

  it('accepts a byte-order mark, comments, a default namespace and attributes, and ignores them', () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="utf-8"?><!-- list -->' +
      '<service_requests xmlns="http://wiki.open311.org/GeoReport_v2"><request lang="en">' +
      '<service_request_id>1</service_request_id><!-- x --><status>closed</status>' +
      '<service_code>6</service_code></request></service_requests>';
    expect(readOpen311ServiceRequests(xml, 'xml')).toEqual({
      success: true,
      data: [{ service_request_id: '1', status: 'closed', service_code: '6' }],
    });
  });

  it('ignores foreign elements, in a record and in a list', () => {
    const xml =
      '<service_requests><extension>x</extension><request><service_request_id>1</service_request_id>' +
      '<status>open</status><service_code>6</service_code><ward><name>5</name></ward>' +
      '</request></service_requests>';
    expect(readOpen311ServiceRequests(xml, 'xml')).toEqual({
      success: true,
      data: [{ service_request_id: '1', status: 'open', service_code: '6' }],
    });
  });

  it('reads booleans in any case, and definition values as texts', () => {
    const xml =
      '<service_definition><service_code>A</service_code><attributes><attribute>' +
      '<variable>TRUE</variable><code>C</code><datatype>multivaluelist</datatype>' +
      '<required>False</required><order>3</order><values><value><key>1</key><name>one</name>' +
      '</value></values></attribute></attributes></service_definition>';
    const read = readOpen311ServiceDefinition(xml, 'xml');
    expect(read.success && read.data.attributes[0]).toEqual({
      variable: true,
      code: 'C',
      datatype: 'multivaluelist',
      required: false,
      order: 3,
      values: [{ key: '1', name: 'one' }],
    });
  });
});

describe('reading JSON', () => {
  it('reads numbers where texts belong as their text, and null as absent', () => {
    expect(
      readOpen311PostResponse(
        '[{"service_request_id":293944,"token":null,"account_id":7}]',
        'json',
      ),
    ).toEqual({ success: true, data: [{ service_request_id: '293944', account_id: '7' }] });
  });

  it('accepts keywords as a JSON list too, and ignores unknown keys', () => {
    const read = readOpen311Services(
      '[{"service_code":"1","service_name":"x","metadata":false,"type":"batch","keywords":["a","b, c"],"extra":{"x":1}}]',
      'json',
    );
    expect(read.success && read.data[0]).toEqual({
      service_code: '1',
      service_name: 'x',
      metadata: false,
      type: 'batch',
      keywords: ['a', 'b', 'c'],
    });
  });

  it('keeps a JSON key named __proto__ a plain field, never a prototype', () => {
    const read = readOpen311Services(
      '[{"__proto__":{"polluted":1},"service_code":"1","service_name":"x","metadata":false,"type":"batch"}]',
      'json',
    );
    expect(read.success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns frozen data', () => {
    const read = readOpen311ServiceRequests(
      '[{"service_request_id":"1","status":"open","service_code":"6"}]',
      'json',
    );
    expect(read.success && Object.isFrozen(read.data) && Object.isFrozen(read.data[0])).toBe(true);
  });
});
