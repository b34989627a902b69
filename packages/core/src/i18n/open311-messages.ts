import type { MessageEntry } from './messages.js';

/**
 * The codes of the problems wangge's Open311 GeoReport v2 interop reports: in a document read
 * from another system (`readOpen311Services`, `readOpen311ServiceRequests`, …), in a POST service
 * request turned into a report (`importOpen311Post`), and in a district's Open311 configuration
 * (`compileOpen311Config`). Malformed JSON is core's `invalid_json`.
 *
 * @example
 * ```ts
 * import type { Open311MessageCode } from '@wangge/core';
 * const code: Open311MessageCode = 'open311_unknown_service_code';
 * ```
 */
export type Open311MessageCode =
  | 'open311_invalid_xml'
  | 'open311_unexpected_root'
  | 'open311_missing_field'
  | 'open311_invalid_field'
  | 'open311_invalid_datetime'
  | 'open311_invalid_form'
  | 'open311_unknown_service_code'
  | 'open311_missing_location'
  | 'open311_invalid_coordinate'
  | 'open311_coordinate_out_of_range'
  | 'open311_outside_grids'
  | 'open311_unknown_grid'
  | 'open311_missing_attribute'
  | 'open311_invalid_attribute'
  | 'open311_description_too_long'
  | 'open311_invalid_media_url'
  | 'open311_unknown_category'
  | 'open311_duplicate_service_code'
  | 'open311_duplicate_attribute'
  | 'open311_duplicate_order'
  | 'open311_duplicate_value_key'
  | 'open311_list_without_values'
  | 'open311_values_without_list';

/**
 * Messages of the Open311 codes, in zh-CN and en. They name fields (the path says which)
 * but never quote a value: a description, a name or a point may be a resident's personal data.
 *
 * @example
 * ```ts
 * import { OPEN311_MESSAGES } from '@wangge/core';
 * OPEN311_MESSAGES.open311_outside_grids.message['zh-CN'];
 * // '该位置不在本区任何网格内，无法受理：请确认经纬度（WGS84）是否正确。'
 * ```
 */
export const OPEN311_MESSAGES: Readonly<Record<Open311MessageCode, MessageEntry>> = {
  open311_invalid_xml: {
    expected: { 'zh-CN': '格式正确的 XML 文档', en: 'a well-formed XML document' },
    message: {
      'zh-CN':
        'XML 无法解析：请检查标签是否成对闭合、特殊字符（& < >）是否已转义，且只有一个根元素。',
      en: 'The XML could not be parsed: check that tags are closed in pairs, that special characters (& < >) are escaped and that there is a single root element.',
    },
  },
  open311_unexpected_root: {
    expected: {
      'zh-CN': 'Open311 GeoReport v2 规定的文档结构',
      en: 'the document structure GeoReport v2 defines',
    },
    message: {
      'zh-CN':
        '文档结构不符合 Open311 GeoReport v2：根元素（XML）或顶层数组/对象（JSON）不是此类文档应有的。',
      en: 'The document is not shaped as Open311 GeoReport v2 defines it: its root element (XML) or top-level array or object (JSON) is not the one this document has.',
    },
  },
  open311_missing_field: {
    expected: { 'zh-CN': '必填字段', en: 'a required field' },
    message: {
      'zh-CN': '缺少必填字段（见路径）。',
      en: 'A required field is missing (see the path).',
    },
  },
  open311_invalid_field: {
    expected: {
      'zh-CN': 'Open311 规定的类型和取值',
      en: 'the type and values Open311 defines',
    },
    message: {
      'zh-CN':
        '字段的类型或取值无效（见路径），例如布尔值应为 true 或 false，状态应为 open 或 closed，且每个字段只能出现一次。',
      en: 'The field has an invalid type or value (see the path): booleans are true or false, a status is open or closed, and each field appears once.',
    },
  },
  open311_invalid_datetime: {
    expected: {
      'zh-CN': '带时区的 ISO 8601 时间，例如 2026-11-02T09:30:00+08:00',
      en: 'an ISO 8601 time with its zone, e.g. 2026-11-02T09:30:00+08:00',
    },
    message: {
      'zh-CN':
        '时间无效：Open311 要求带时区（Z 或 ±HH:MM）的 ISO 8601 时间，例如 2026-11-02T09:30:00+08:00。',
      en: 'Invalid time: Open311 requires ISO 8601 with a zone (Z or ±HH:MM), e.g. 2026-11-02T09:30:00+08:00.',
    },
  },
  open311_invalid_form: {
    expected: {
      'zh-CN': 'application/x-www-form-urlencoded 表单',
      en: 'an application/x-www-form-urlencoded form',
    },
    message: {
      'zh-CN': '表单无法读取：百分号编码无效，或字段值不是文本。',
      en: 'The form could not be read: its percent-encoding is invalid, or a value is not text.',
    },
  },
  open311_unknown_service_code: {
    expected: {
      'zh-CN': 'GET services 列出的 service_code',
      en: 'a service_code listed by GET services',
    },
    message: {
      'zh-CN': '未知的服务代码：本区的事项目录中没有此 service_code，请先获取服务列表。',
      en: 'Unknown service code: no category of this district has this service_code; get the service list first.',
    },
  },
  open311_missing_location: {
    expected: {
      'zh-CN': '经纬度 lat 和 long（WGS84）',
      en: 'lat and long (WGS84)',
    },
    message: {
      'zh-CN':
        '缺少位置：需要同时提供 lat 和 long（WGS84）；本区按坐标定位网格，无法仅凭地址（address_string、address_id）受理。',
      en: 'The location is missing: lat and long (WGS84) are both required; this district locates grids by coordinates and cannot accept an address alone (address_string, address_id).',
    },
  },
  open311_invalid_coordinate: {
    expected: { 'zh-CN': '十进制数字，例如 37.8618', en: 'a decimal number, e.g. 37.8618' },
    message: {
      'zh-CN': '坐标不是有效的数字：lat 和 long 应为十进制度数，例如 37.8618。',
      en: 'The coordinate is not a valid number: lat and long are decimal degrees, e.g. 37.8618.',
    },
  },
  open311_coordinate_out_of_range: {
    expected: {
      'zh-CN': '纬度 -90 到 90，经度 -180 到 180',
      en: 'latitude -90 to 90, longitude -180 to 180',
    },
    message: {
      'zh-CN':
        '坐标超出范围：纬度应在 -90 到 90 之间，经度应在 -180 到 180 之间（是否把经纬度写反了？）。',
      en: 'Coordinate out of range: latitude must be from -90 to 90 and longitude from -180 to 180 (are they swapped?).',
    },
  },
  open311_outside_grids: {
    expected: { 'zh-CN': '本区网格内的位置', en: 'a location inside a grid of the district' },
    message: {
      'zh-CN': '该位置不在本区任何网格内，无法受理：请确认经纬度（WGS84）是否正确。',
      en: 'The location is not inside any grid of this district and cannot be accepted: check that lat and long (WGS84) are right.',
    },
  },
  open311_unknown_grid: {
    expected: {
      'zh-CN': '与本区配置一致的网格图层',
      en: 'a grid layer that agrees with the district',
    },
    message: {
      'zh-CN': '网格图层定位到的网格不在本区配置中：请让本区 IT 人员核对网格图层与区配置。',
      en: 'The grid layer located the point in a grid the district does not have: the district IT team must reconcile the layer with the district configuration.',
    },
  },
  open311_missing_attribute: {
    expected: { 'zh-CN': '必填的附加信息', en: 'a required attribute' },
    message: {
      'zh-CN': '缺少必填的附加信息（attribute[代码]），见服务定义。',
      en: 'A required attribute (attribute[code]) is missing: see the service definition.',
    },
  },
  open311_invalid_attribute: {
    expected: {
      'zh-CN': '符合服务定义中 datatype 的取值',
      en: 'a value of the datatype in the service definition',
    },
    message: {
      'zh-CN':
        '附加信息的取值与服务定义不符：number 应为数字，datetime 应为 ISO 8601 时间，string 不能换行，列表只能选定义中的 key，单选只能有一个值。',
      en: 'The attribute value does not match the service definition: a number is numeric, a datetime is ISO 8601, a string has no line breaks, list values are keys of the definition, and a single-value list takes one value.',
    },
  },
  open311_description_too_long: {
    expected: { 'zh-CN': '不超过 2000 个字符', en: 'at most 2,000 characters' },
    message: {
      'zh-CN': '描述过长：案件描述（含附加信息）最多 2000 个字符。',
      en: 'The description is too long: a case description, attributes included, has at most 2,000 characters.',
    },
  },
  open311_invalid_media_url: {
    expected: { 'zh-CN': 'http(s) 地址', en: 'an http(s) URL' },
    message: {
      'zh-CN': '媒体地址无效：media_url 应为 http(s) 地址。',
      en: 'Invalid media URL: media_url must be an http(s) URL.',
    },
  },
  open311_unknown_category: {
    expected: { 'zh-CN': '事项目录中的事项代码', en: 'a category code of the catalogue' },
    message: {
      'zh-CN': 'Open311 配置引用了事项目录中没有的事项代码。',
      en: 'The Open311 configuration names a category code that is not in the catalogue.',
    },
  },
  open311_duplicate_service_code: {
    expected: { 'zh-CN': '每个事项唯一的服务代码', en: 'a service code unique to one category' },
    message: {
      'zh-CN': '服务代码重复：两个事项对应同一个 service_code，无法反向对应到事项。',
      en: 'Duplicate service code: two categories have the same service_code, so it cannot be mapped back to one category.',
    },
  },
  open311_duplicate_attribute: {
    expected: { 'zh-CN': '同一服务内唯一的 code', en: 'a code unique within the service' },
    message: {
      'zh-CN': '附加信息代码重复：同一服务的附加信息 code 必须唯一。',
      en: 'Duplicate attribute code: the attribute codes of a service must be unique.',
    },
  },
  open311_duplicate_order: {
    expected: { 'zh-CN': '同一服务内唯一的 order', en: 'an order unique within the service' },
    message: {
      'zh-CN': '附加信息顺序重复：同一服务的 order 必须是互不相同的正整数。',
      en: 'Duplicate attribute order: the orders of a service must be distinct positive integers.',
    },
  },
  open311_duplicate_value_key: {
    expected: { 'zh-CN': '同一附加信息内唯一的 key', en: 'a key unique within the attribute' },
    message: {
      'zh-CN': '选项 key 重复：同一附加信息的选项 key 必须唯一。',
      en: 'Duplicate value key: the keys of an attribute’s values must be unique.',
    },
  },
  open311_list_without_values: {
    expected: { 'zh-CN': '至少一个选项（values）', en: 'at least one value' },
    message: {
      'zh-CN': '单选或多选列表（singlevaluelist、multivaluelist）至少需要一个选项。',
      en: 'A single- or multi-value list (singlevaluelist, multivaluelist) needs at least one value.',
    },
  },
  open311_values_without_list: {
    expected: { 'zh-CN': '不设选项', en: 'no values' },
    message: {
      'zh-CN': '只有单选或多选列表可以设置选项（values）。',
      en: 'Only single- and multi-value lists (singlevaluelist, multivaluelist) have values.',
    },
  },
};
