/** The strings of `<wg-report-form>`. */
export interface ReportFormTerms {
  'reportForm.title': string;
  'reportForm.category': string;
  'reportForm.categoryPlaceholder': string;
  'reportForm.subcategory': (parent: string, child: string) => string;
  'reportForm.noCatalogue': string;
  'reportForm.location': string;
  'reportForm.locationHint': string;
  'reportForm.mapHint': string;
  'reportForm.coordinates': string;
  'reportForm.longitude': string;
  'reportForm.latitude': string;
  'reportForm.coordinateSystem': string;
  'reportForm.system.WGS84': string;
  'reportForm.system.GCJ02': string;
  'reportForm.system.BD09': string;
  'reportForm.located': (place: string) => string;
  'reportForm.outside': string;
  'reportForm.noLayer': string;
  'reportForm.placeSeparator': string;
  'reportForm.gridTree': string;
  'reportForm.street': string;
  'reportForm.community': string;
  'reportForm.grid': string;
  'reportForm.microGrid': string;
  'reportForm.choose': string;
  'reportForm.noMicroGrid': string;
  'reportForm.description': string;
  'reportForm.descriptionHint': string;
  'reportForm.count': (count: number, max: number) => string;
  'reportForm.photos': string;
  'reportForm.photosHint': (max: number) => string;
  'reportForm.photoUrl': (n: number) => string;
  'reportForm.addPhoto': string;
  'reportForm.removePhoto': (n: number) => string;
  'reportForm.priority': string;
  'reportForm.priority.normal': string;
  'reportForm.priority.urgent': string;
  'reportForm.reporter': string;
  'reportForm.reporterKind': string;
  'reportForm.kind.grid-worker': string;
  'reportForm.kind.resident': string;
  'reportForm.kind.hotline': string;
  'reportForm.reporterName': string;
  'reportForm.reporterMobile': string;
  'reportForm.privacyHint': string;
  'reportForm.submit': string;
  'reportForm.errorSummary': (count: number) => string;
  'reportForm.fieldError': (label: string, message: string) => string;
  'reportForm.required.category': string;
  'reportForm.required.longitude': string;
  'reportForm.required.latitude': string;
  'reportForm.required.grid': string;
  'reportForm.required.description': string;
  'reportForm.submitted': string;
  'reportForm.coordinatesValue': (longitude: number, latitude: number, system: string) => string;
  'reportForm.photoCount': (count: number) => string;
  'reportForm.none': string;
  'reportForm.newReport': string;
}

export const reportFormZhCN: ReportFormTerms = {
  'reportForm.title': '问题上报',
  'reportForm.category': '问题类别',
  'reportForm.categoryPlaceholder': '请选择问题类别',
  'reportForm.subcategory': (parent, child) => `${parent} › ${child}`,
  'reportForm.noCatalogue': '尚未获得辖区的事项目录，暂时无法选择类别。',
  'reportForm.location': '问题位置',
  'reportForm.locationHint': '输入坐标自动定位到网格，也可以直接选择所属网格。',
  'reportForm.mapHint': '在地图上点选问题发生的位置。',
  'reportForm.coordinates': '坐标',
  'reportForm.longitude': '经度',
  'reportForm.latitude': '纬度',
  'reportForm.coordinateSystem': '坐标系',
  'reportForm.system.WGS84': 'WGS84（GPS）',
  'reportForm.system.GCJ02': 'GCJ02（国测局，高德、腾讯地图）',
  'reportForm.system.BD09': 'BD09（百度地图）',
  'reportForm.located': (place) => `已定位：${place}`,
  'reportForm.outside': '该坐标不在任何网格内，请选择所属网格。',
  'reportForm.noLayer': '没有网格图层，无法按坐标定位，请选择所属网格。',
  'reportForm.placeSeparator': ' › ',
  'reportForm.gridTree': '所属网格',
  'reportForm.street': '街道（乡镇）',
  'reportForm.community': '社区（村）',
  'reportForm.grid': '网格',
  'reportForm.microGrid': '微网格（选填）',
  'reportForm.choose': '请选择',
  'reportForm.noMicroGrid': '不指定',
  'reportForm.description': '问题描述',
  'reportForm.descriptionHint': '写明问题的情况和具体位置，不要填写他人的身份证号等个人信息。',
  'reportForm.count': (count, max) => `已输入 ${count} / ${max} 字`,
  'reportForm.photos': '照片',
  'reportForm.photosHint': (max) =>
    `填写照片地址（http(s) 地址或以 / 开头的站内路径），最多 ${max} 张。`,
  'reportForm.photoUrl': (n) => `照片地址 ${n}`,
  'reportForm.addPhoto': '添加照片地址',
  'reportForm.removePhoto': (n) => `删除照片地址 ${n}`,
  'reportForm.priority': '紧急程度',
  'reportForm.priority.normal': '一般',
  'reportForm.priority.urgent': '紧急',
  'reportForm.reporter': '上报人',
  'reportForm.reporterKind': '来源',
  'reportForm.kind.grid-worker': '网格员巡查发现',
  'reportForm.kind.resident': '居民反映',
  'reportForm.kind.hotline': '12345 热线',
  'reportForm.reporterName': '姓名（选填）',
  'reportForm.reporterMobile': '手机号码（选填）',
  'reportForm.privacyHint': '姓名和手机号码仅用于回访，显示时脱敏。',
  'reportForm.submit': '提交上报',
  'reportForm.errorSummary': (count) => `提交前请更正以下 ${count} 处问题：`,
  'reportForm.fieldError': (label, message) => `${label}：${message}`,
  'reportForm.required.category': '请选择问题类别。',
  'reportForm.required.longitude': '请输入数字形式的经度。',
  'reportForm.required.latitude': '请输入数字形式的纬度。',
  'reportForm.required.grid': '请选择所属网格，或通过地图、坐标定位。',
  'reportForm.required.description': '请描述问题。',
  'reportForm.submitted': '已提交上报',
  'reportForm.coordinatesValue': (longitude, latitude, system) =>
    `经度 ${longitude}，纬度 ${latitude}（${system}）`,
  'reportForm.photoCount': (count) => `${count} 张`,
  'reportForm.none': '无',
  'reportForm.newReport': '再报一件',
};

export const reportFormEn: ReportFormTerms = {
  'reportForm.title': 'Report a problem',
  'reportForm.category': 'Category',
  'reportForm.categoryPlaceholder': 'Choose a category',
  'reportForm.subcategory': (parent, child) => `${parent} › ${child}`,
  'reportForm.noCatalogue':
    'The district’s catalogue is not available yet: no category can be chosen.',
  'reportForm.location': 'Location',
  'reportForm.locationHint':
    'Type the coordinates to locate the grid, or choose the grid yourself.',
  'reportForm.mapHint': 'Pick the place of the problem on the map.',
  'reportForm.coordinates': 'Coordinates',
  'reportForm.longitude': 'Longitude',
  'reportForm.latitude': 'Latitude',
  'reportForm.coordinateSystem': 'Coordinate system',
  'reportForm.system.WGS84': 'WGS84 (GPS)',
  'reportForm.system.GCJ02': 'GCJ02 (Chinese maps: Amap, Tencent)',
  'reportForm.system.BD09': 'BD09 (Baidu maps)',
  'reportForm.located': (place) => `Located: ${place}`,
  'reportForm.outside': 'These coordinates are outside every grid: choose the grid.',
  'reportForm.noLayer': 'Without a grid layer the coordinates cannot be located: choose the grid.',
  'reportForm.placeSeparator': ' › ',
  'reportForm.gridTree': 'Grid',
  'reportForm.street': 'Street or town',
  'reportForm.community': 'Community or village',
  'reportForm.grid': 'Grid',
  'reportForm.microGrid': 'Micro-grid (optional)',
  'reportForm.choose': 'Choose',
  'reportForm.noMicroGrid': 'Not specified',
  'reportForm.description': 'Description',
  'reportForm.descriptionHint':
    'Say what the problem is and exactly where; do not include other people’s ID numbers or other personal data.',
  'reportForm.count': (count, max) => `${count} of ${max} characters`,
  'reportForm.photos': 'Photos',
  'reportForm.photosHint': (max) =>
    `Photo addresses (http(s) URLs or site paths starting with /), at most ${max}.`,
  'reportForm.photoUrl': (n) => `Photo address ${n}`,
  'reportForm.addPhoto': 'Add a photo address',
  'reportForm.removePhoto': (n) => `Remove photo address ${n}`,
  'reportForm.priority': 'Priority',
  'reportForm.priority.normal': 'Normal',
  'reportForm.priority.urgent': 'Urgent',
  'reportForm.reporter': 'Reporter',
  'reportForm.reporterKind': 'Reported by',
  'reportForm.kind.grid-worker': 'Grid worker on patrol',
  'reportForm.kind.resident': 'Resident',
  'reportForm.kind.hotline': '12345 hotline',
  'reportForm.reporterName': 'Name (optional)',
  'reportForm.reporterMobile': 'Mobile (optional)',
  'reportForm.privacyHint':
    'The name and mobile are used only to follow up, and are masked when shown.',
  'reportForm.submit': 'Submit report',
  'reportForm.errorSummary': (count) =>
    `Correct ${count === 1 ? 'this problem' : `these ${count} problems`} before submitting:`,
  'reportForm.fieldError': (label, message) => `${label}: ${message}`,
  'reportForm.required.category': 'Choose a category.',
  'reportForm.required.longitude': 'Enter the longitude as a number.',
  'reportForm.required.latitude': 'Enter the latitude as a number.',
  'reportForm.required.grid': 'Choose the grid, or locate the place on the map or by coordinates.',
  'reportForm.required.description': 'Describe the problem.',
  'reportForm.submitted': 'Report submitted',
  'reportForm.coordinatesValue': (longitude, latitude, system) =>
    `longitude ${longitude}, latitude ${latitude} (${system})`,
  'reportForm.photoCount': (count) => (count === 1 ? '1 photo' : `${count} photos`),
  'reportForm.none': 'None',
  'reportForm.newReport': 'Report another problem',
};
