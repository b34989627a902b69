/** The strings of `<wg-district>`. */
export interface DistrictTerms {
  'district.loading': string;
  'district.failed': string;
}

export const districtZhCN: DistrictTerms = {
  'district.loading': '正在加载辖区数据…',
  'district.failed': '辖区数据加载失败',
};

export const districtEn: DistrictTerms = {
  'district.loading': 'Loading the district…',
  'district.failed': 'The district could not be loaded',
};
