// The example documents of the Open311 GeoReport v2 spec (test/fixtures/open311, byte for byte):
// each is read with wangge's readers and its fields checked, written back with the writers and
// read again to the same data, and the XML written for the same content has the spec's elements
// in the spec's order.
import { describe, expect, it } from 'vitest';
import {
  importOpen311Post,
  readOpen311Errors,
  readOpen311PostForm,
  readOpen311PostResponse,
  readOpen311ServiceDefinition,
  readOpen311ServiceRequests,
  readOpen311Services,
  writeOpen311Errors,
  writeOpen311PostResponse,
  writeOpen311ServiceDefinition,
  writeOpen311ServiceRequests,
  writeOpen311Services,
  type Open311Format,
  type Open311Service,
  type Open311ServiceDefinition,
  type Open311ServiceRequest,
  type ParseResult,
} from '../../../src/index.js';
import { fixture, withoutEmpty, xmlShape } from './support/fixtures.js';
import { engineOf, INTAKE, setup, specExampleLayer, T0 } from './support/open311-harness.js';

function data<T>(result: ParseResult<T>): T {
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

const SERVICES: Open311Service[] = [
  {
    service_code: '001',
    service_name: 'Cans left out 24x7',
    description:
      'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
    metadata: true,
    type: 'realtime',
    keywords: ['lorem', 'ipsum', 'dolor'],
    group: 'sanitation',
  },
  {
    service_code: '002',
    service_name: 'Construction plate shifted',
    description: 'Metal construction plate covering the street or sidewalk has been moved.',
    metadata: true,
    type: 'realtime',
    keywords: ['lorem', 'ipsum', 'dolor'],
    group: 'street',
  },
  {
    service_code: '003',
    service_name: 'Curb or curb ramp defect',
    description:
      'Sidewalk curb or ramp has problems such as cracking, missing pieces, holes, and/or chipped curb.',
    metadata: true,
    type: 'realtime',
    keywords: ['lorem', 'ipsum', 'dolor'],
    group: 'street',
  },
];

const DEFINITION: Open311ServiceDefinition = {
  service_code: 'DMV66',
  attributes: [
    {
      variable: true,
      code: 'WHISHETN',
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
      description: 'What is the ticket/tag/DL number?',
      values: [
        { key: '123', name: 'Ford' },
        { key: '124', name: 'Chrysler' },
      ],
    },
  ],
};

const REQUEST_638344: Open311ServiceRequest = {
  service_request_id: '638344',
  status: 'closed',
  status_notes: 'Duplicate request.',
  service_name: 'Sidewalk and Curb Issues',
  service_code: '006',
  requested_datetime: '2010-04-14T06:37:38-08:00',
  updated_datetime: '2010-04-14T06:37:38-08:00',
  expected_datetime: '2010-04-15T06:37:38-08:00',
  address: '8TH AVE and JUDAH ST',
  address_id: '545483',
  zipcode: '94122',
  lat: 37.762221815,
  long: -122.4651145,
  media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
};

const { status_notes: _notes, ...unnoted } = REQUEST_638344;
const REQUEST_638349: Open311ServiceRequest = {
  ...unnoted,
  service_request_id: '638349',
  status: 'open',
  requested_datetime: '2010-04-19T06:37:38-08:00',
  updated_datetime: '2010-04-19T06:37:38-08:00',
  expected_datetime: '2010-04-19T06:37:38-08:00',
  media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638349.jpg',
};

const NOTICE =
  'The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code';

describe('GET Service List (services)', () => {
  it('reads the XML example: every field, keywords as a list, in the same order', () => {
    expect(data(readOpen311Services(fixture('services.xml'), 'xml'))).toEqual(SERVICES);
  });

  it('refuses the JSON example as written: `001` is not JSON, and 1 would be a wrong code', () => {
    const result = readOpen311Services(fixture('services.json.txt'), 'json');
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => issue.code)).toEqual(['invalid_json']);
  });

  it('reads the JSON example with its codes quoted to the same services as the XML', () => {
    expect(data(readOpen311Services(fixture('services.quoted.json.txt'), 'json'))).toEqual(
      SERVICES,
    );
  });

  it.each<Open311Format>(['xml', 'json'])(
    'writes the services in %s that read back the same',
    (format) => {
      const services = data(readOpen311Services(fixture('services.xml'), 'xml'));
      expect(data(readOpen311Services(writeOpen311Services(services, format), format))).toEqual(
        services,
      );
    },
  );

  it('writes the XML with the spec example’s elements, in the order of the spec’s table', () => {
    const services = data(readOpen311Services(fixture('services.xml'), 'xml'));
    const ours = xmlShape(writeOpen311Services(services, 'xml'));
    const spec = xmlShape(fixture('services.xml'));
    expect(ours.name).toBe('services');
    expect(ours.children.map((child) => child.name)).toEqual(
      spec.children.map((child) => child.name),
    );
    // The spec's first service follows its field table; the other two list the same fields in
    // another order, which XML readers do not care about.
    const names = (i: number, shape = ours) => shape.children[i]?.children.map((c) => c.name) ?? [];
    expect(names(0)).toEqual(names(0, spec));
    for (const i of [1, 2]) expect([...names(i)].sort()).toEqual([...names(i, spec)].sort());
    expect(names(1)).toEqual(names(0, spec));
  });
});

describe('GET Service Definition (service_definition)', () => {
  it('reads the XML example, the empty datatype_description being absent', () => {
    expect(data(readOpen311ServiceDefinition(fixture('service-definition.xml'), 'xml'))).toEqual(
      DEFINITION,
    );
  });

  it('reads the JSON example to the same definition: key 123 is the text "123", null is absent', () => {
    expect(
      data(readOpen311ServiceDefinition(fixture('service-definition.json.txt'), 'json')),
    ).toEqual(DEFINITION);
  });

  it.each<Open311Format>(['xml', 'json'])('writes it in %s to read back the same', (format) => {
    const written = writeOpen311ServiceDefinition(
      data(readOpen311ServiceDefinition(fixture('service-definition.xml'), 'xml')),
      format,
    );
    expect(data(readOpen311ServiceDefinition(written, format))).toEqual(DEFINITION);
  });

  it('writes the XML with the spec’s elements and order (the empty element left out)', () => {
    const ours = xmlShape(writeOpen311ServiceDefinition(DEFINITION, 'xml'));
    expect(ours).toEqual(withoutEmpty(xmlShape(fixture('service-definition.xml'))));
  });
});

describe('GET Service Requests (service_requests)', () => {
  it('reads the XML example: texts for ids and codes, numbers for lat/long, empty fields absent', () => {
    expect(data(readOpen311ServiceRequests(fixture('service-requests.xml'), 'xml'))).toEqual([
      REQUEST_638344,
      REQUEST_638349,
    ]);
  });

  it('refuses the JSON example as written (`"service_code":006`), reads it with the code quoted', () => {
    const raw = readOpen311ServiceRequests(fixture('service-requests.json.txt'), 'json');
    expect(raw.success).toBe(false);
    expect(
      data(readOpen311ServiceRequests(fixture('service-requests.quoted.json.txt'), 'json')),
    ).toEqual([REQUEST_638344, REQUEST_638349]);
  });

  it('reads the single-request example (GET Service Request) in XML and JSON alike', () => {
    expect(data(readOpen311ServiceRequests(fixture('service-request.xml'), 'xml'))).toEqual([
      REQUEST_638344,
    ]);
    expect(
      data(readOpen311ServiceRequests(fixture('service-request.quoted.json.txt'), 'json')),
    ).toEqual([REQUEST_638344]);
  });

  it.each<Open311Format>(['xml', 'json'])(
    'writes the requests in %s to read back the same',
    (format) => {
      const requests = data(readOpen311ServiceRequests(fixture('service-requests.xml'), 'xml'));
      const written = writeOpen311ServiceRequests(requests, format);
      expect(data(readOpen311ServiceRequests(written, format))).toEqual(requests);
    },
  );

  it('writes the XML with the spec’s elements in the spec’s order, empty ones left out', () => {
    const requests = data(readOpen311ServiceRequests(fixture('service-requests.xml'), 'xml'));
    const ours = xmlShape(writeOpen311ServiceRequests(requests, 'xml'));
    expect(ours).toEqual(withoutEmpty(xmlShape(fixture('service-requests.xml'))));
  });
});

describe('POST Service Request', () => {
  it('reads the example form: every field, and the attributes by code', () => {
    expect(data(readOpen311PostForm(fixture('post-request.txt').trim()))).toEqual({
      service_code: '001',
      lat: 37.76524078,
      long: -122.4212043,
      address_string: '1234 5th street',
      email: 'smit333@sfgov.edu',
      device_id: 'tt222111',
      account_id: '123456',
      first_name: 'john',
      last_name: 'smith',
      phone: '111111111',
      description: 'A large sinkhole is destroying the street',
      media_url: 'http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg',
      attribute: { WHISPAWN: ['123456'], WHISDORN: ['COISL001'] },
    });
  });

  it('turns the example into a report the engine accepts, and says what it did not keep', async () => {
    const { district, profile, gridIndex } = setup(
      { serviceCodes: { 'ZZ-01': '001', 'CG-01': 'CG01' } },
      specExampleLayer(),
    );
    const result = importOpen311Post(profile, fixture('post-request.txt').trim(), {
      gridIndex,
      actorId: INTAKE,
      ids: () => ({ caseId: 'sf-293944', commandId: 'sf-cmd-1' }),
    });
    const imported = data(result);
    expect(imported.command).toMatchObject({
      type: 'report',
      caseId: 'sf-293944',
      categoryCode: 'ZZ-01',
      gridId: 'ljy-c1-g1',
      microGridId: 'ljy-c1-g1-m1',
      description: 'A large sinkhole is destroying the street',
      mediaUrls: ['http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg'],
      reporter: { kind: 'resident', name: 'john smith' },
      location: {
        point: { type: 'Point', coordinates: [-122.4212043, 37.76524078] },
        coordinateSystem: 'WGS84',
      },
    });
    // 111111111 is no mainland mobile: the reporter has no phone, and that is said.
    expect(imported.command.reporter.mobile).toBeUndefined();
    expect([...imported.dropped].sort()).toEqual(
      [
        'account_id',
        'address_string',
        'attribute[WHISDORN]',
        'attribute[WHISPAWN]',
        'device_id',
        'email',
        'phone',
      ].sort(),
    );
    const engine = engineOf(district, () => T0);
    const executed = await engine.execute(imported.command);
    expect(executed.success).toBe(true);
  });

  const RESPONSE = [{ service_request_id: '293944', service_notice: NOTICE }];

  it('reads the response example in XML (text trimmed, <account_id/> absent) and JSON alike', () => {
    expect(data(readOpen311PostResponse(fixture('post-response.xml'), 'xml'))).toEqual(RESPONSE);
    expect(data(readOpen311PostResponse(fixture('post-response.json.txt'), 'json'))).toEqual(
      RESPONSE,
    );
  });

  it.each<Open311Format>(['xml', 'json'])(
    'writes the response in %s to read back the same',
    (format) => {
      expect(
        data(readOpen311PostResponse(writeOpen311PostResponse(RESPONSE, format), format)),
      ).toEqual(RESPONSE);
    },
  );

  it('writes the response XML with the spec’s elements and order', () => {
    const ours = xmlShape(writeOpen311PostResponse(RESPONSE, 'xml'));
    expect(ours).toEqual(withoutEmpty(xmlShape(fixture('post-response.xml'))));
  });

  it('reads the token example (GET service_request_id from a token) in XML and JSON', () => {
    const token = [{ service_request_id: '638344', token: '12345' }];
    expect(data(readOpen311PostResponse(fixture('token.xml'), 'xml'))).toEqual(token);
    expect(data(readOpen311PostResponse(fixture('token.json.txt'), 'json'))).toEqual(token);
    expect(xmlShape(writeOpen311PostResponse(token, 'xml'))).toEqual(
      xmlShape(fixture('token.xml')),
    );
  });
});

describe('Errors', () => {
  const ERRORS = [
    { code: '403', description: "Invalid api_key received -- can't proceed with create_request." },
  ];

  it('reads the example in XML and JSON alike: the code 403 as the text "403"', () => {
    expect(data(readOpen311Errors(fixture('errors.xml'), 'xml'))).toEqual(ERRORS);
    expect(data(readOpen311Errors(fixture('errors.json.txt'), 'json'))).toEqual(ERRORS);
  });

  it('writes the errors as the spec does: a number in JSON, the same elements in XML', () => {
    expect(JSON.parse(writeOpen311Errors(ERRORS, 'json'))).toEqual(
      JSON.parse(fixture('errors.json.txt')),
    );
    expect(xmlShape(writeOpen311Errors(ERRORS, 'xml'))).toEqual(xmlShape(fixture('errors.xml')));
    expect(data(readOpen311Errors(writeOpen311Errors(ERRORS, 'xml'), 'xml'))).toEqual(ERRORS);
  });
});
