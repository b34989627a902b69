import { chineseNumber } from './names.js';
import type { Random } from './random.js';

/** A place name in Chinese and in pinyin. */
interface PlaceName {
  readonly zh: string;
  readonly en: string;
}

/**
 * One of the seven streets and towns (街镇) of Yingze District, with what the generator needs to
 * build its communities: a key for ids, a three-digit code for grid codes, its share of the
 * district's ~110 communities, the stems its community names are made of and the roads its
 * addresses lie on.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().streets.map((street) => street.name);
 * // ['迎泽街道', '柳巷街道', '文庙街道', '庙前街道', '老军营街道', '桥东街道', '郝庄镇']
 * ```
 */
export interface StreetPlace {
  readonly key: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: 'street' | 'town';
  /** Three digits of the grid code; towns are numbered from 100 as in GB/T 10114. */
  readonly code: string;
  /** Communities (or villages) at full size. */
  readonly communities: number;
  /** Community name stems (a street gets `${stem}社区`); village names for a town. */
  readonly stems: readonly PlaceName[];
  readonly roads: readonly string[];
}

const p = (zh: string, en: string): PlaceName => ({ zh, en });

/**
 * The seven streets and towns of Yingze District (迎泽区), Taiyuan: six urban streets (街道) and
 * the town of Haozhuang (郝庄镇), 110 communities and villages in all.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().communities.length; // 110
 * ```
 */
export const YINGZE_STREETS: readonly StreetPlace[] = [
  {
    key: 'yingze',
    name: '迎泽街道',
    nameEn: 'Yingze Subdistrict',
    kind: 'street',
    code: '001',
    communities: 17,
    stems: [
      p('双塔西街', 'Shuangta West Street'),
      p('新建南路', 'Xinjian South Road'),
      p('桃园南路', 'Taoyuan South Road'),
      p('迎泽西大街', 'Yingze West Avenue'),
      p('青年路', 'Qingnian Road'),
      p('南海街', 'Nanhai Street'),
      p('五一路', 'Wuyi Road'),
      p('大南门', 'Dananmen'),
      p('并州南路', 'Bingzhou South Road'),
      p('上官巷', 'Shangguan Lane'),
      p('西羊市', 'Xiyangshi'),
      p('柳南', 'Liunan'),
      p('新华', 'Xinhua'),
    ],
    roads: ['双塔西街', '新建南路', '桃园南路', '迎泽大街', '青年路', '南海街', '五一路'],
  },
  {
    key: 'liuxiang',
    name: '柳巷街道',
    nameEn: 'Liuxiang Subdistrict',
    kind: 'street',
    code: '002',
    communities: 15,
    stems: [
      p('柳巷', 'Liuxiang'),
      p('钟楼街', 'Zhonglou Street'),
      p('开化寺街', 'Kaihuasi Street'),
      p('桥头街', 'Qiaotou Street'),
      p('帽儿巷', "Mao'er Lane"),
      p('按司街', 'Ansi Street'),
      p('鼓楼街', 'Gulou Street'),
      p('大中市', 'Dazhongshi'),
      p('南市街', 'Nanshi Street'),
      p('精营', 'Jingying'),
      p('活牛市', 'Huoniushi'),
      p('东羊市', 'Dongyangshi'),
      p('酪巷', 'Lao Lane'),
    ],
    roads: ['柳巷', '钟楼街', '开化寺街', '桥头街', '帽儿巷', '按司街', '解放路'],
  },
  {
    key: 'wenmiao',
    name: '文庙街道',
    nameEn: 'Wenmiao Subdistrict',
    kind: 'street',
    code: '003',
    communities: 14,
    stems: [
      p('文庙', 'Wenmiao'),
      p('南华门', 'Nanhuamen'),
      p('校尉营', 'Xiaoweiying'),
      p('上肖墙', 'Shangxiaoqiang'),
      p('海子边', 'Haizibian'),
      p('起凤街', 'Qifeng Street'),
      p('朝阳街', 'Chaoyang Street'),
      p('五龙口', 'Wulongkou'),
      p('西华门', 'Xihuamen'),
      p('新民', 'Xinmin'),
      p('双塔北路', 'Shuangta North Road'),
      p('天地坛', 'Tianditan'),
    ],
    roads: ['文庙巷', '南华门东四条', '校尉营', '上肖墙', '海子边街', '起凤街', '朝阳街'],
  },
  {
    key: 'miaoqian',
    name: '庙前街道',
    nameEn: 'Miaoqian Subdistrict',
    kind: 'street',
    code: '004',
    communities: 14,
    stems: [
      p('庙前街', 'Miaoqian Street'),
      p('建设南路', 'Jianshe South Road'),
      p('迎泽东大街', 'Yingze East Avenue'),
      p('双塔东街', 'Shuangta East Street'),
      p('山右巷', 'Shanyou Lane'),
      p('柳溪', 'Liuxi'),
      p('东安', "Dong'an"),
      p('东仓巷', 'Dongcang Lane'),
      p('南十方院', 'Nanshifangyuan'),
      p('杏林', 'Xinglin'),
      p('新开', 'Xinkai'),
      p('青年街', 'Qingnian Street'),
    ],
    roads: ['庙前街', '建设南路', '迎泽大街', '双塔东街', '山右巷', '柳溪街', '东安路'],
  },
  {
    key: 'laojunying',
    name: '老军营街道',
    nameEn: 'Laojunying Subdistrict',
    kind: 'street',
    code: '005',
    communities: 18,
    stems: [
      p('劲松', 'Jinsong'),
      p('老军营', 'Laojunying'),
      p('松庄路', 'Songzhuang Road'),
      p('双塔南路', 'Shuangta South Road'),
      p('南内环', 'South Inner Ring'),
      p('新南', 'Xinnan'),
      p('朝阳', 'Chaoyang'),
      p('永安', "Yong'an"),
      p('小东门', 'Xiaodongmen'),
      p('双东', 'Shuangdong'),
      p('春晖', 'Chunhui'),
      p('平安', "Ping'an"),
      p('馨园', 'Xinyuan'),
    ],
    roads: ['劲松路', '老军营东街', '松庄路', '双塔南路', '南内环街', '新南街', '永安路'],
  },
  {
    key: 'qiaodong',
    name: '桥东街道',
    nameEn: 'Qiaodong Subdistrict',
    kind: 'street',
    code: '006',
    communities: 16,
    stems: [
      p('桥东', 'Qiaodong'),
      p('东岗', 'Donggang'),
      p('双塔寺', 'Shuangtasi'),
      p('建设路', 'Jianshe Road'),
      p('红沟', 'Honggou'),
      p('后小河', 'Houxiaohe'),
      p('东华门', 'Donghuamen'),
      p('前进路', 'Qianjin Road'),
      p('东峰', 'Dongfeng'),
      p('新城', 'Xincheng'),
      p('北宫', 'Beigong'),
      p('大东关', 'Dadongguan'),
    ],
    roads: ['桥东街', '东岗路', '双塔寺街', '建设北路', '红沟路', '后小河', '东华门街'],
  },
  {
    key: 'haozhuang',
    name: '郝庄镇',
    nameEn: 'Haozhuang Town',
    kind: 'town',
    code: '100',
    communities: 16,
    stems: [
      p('郝庄村', 'Haozhuang Village'),
      p('小山沟村', 'Xiaoshangou Village'),
      p('双塔村', 'Shuangta Village'),
      p('松庄村', 'Songzhuang Village'),
      p('剪子湾村', 'Jianziwan Village'),
      p('马庄村', 'Mazhuang Village'),
      p('王家峰村', 'Wangjiafeng Village'),
      p('南沙河村', 'Nanshahe Village'),
      p('北沙河村', 'Beishahe Village'),
      p('杨家峪村', 'Yangjiayu Village'),
      p('窑头村', 'Yaotou Village'),
      p('山庄头村', 'Shanzhuangtou Village'),
      p('上庄村', 'Shangzhuang Village'),
      p('郝家沟村', 'Haojiagou Village'),
      p('东山村', 'Dongshan Village'),
      p('黄家坟村', 'Huangjiafen Village'),
      p('孙家沟村', 'Sunjiagou Village'),
      p('红沟村', 'Honggou Village'),
    ],
    roads: ['郝庄正街', '东山路', '杨家峪街', '松庄路'],
  },
];

/**
 * The name of a community or village in zh and en, and the place-name stem it is built on
 * (`劲松` for `劲松社区`, `郝庄` for `郝庄村`), from which institutions nearby are named.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().communities.find((c) => c.name === '郝庄村')?.nameEn; // 'Haozhuang Village'
 * ```
 */
export interface CommunityName extends PlaceName {
  readonly stem: string;
}

/**
 * Names the `count` communities of a street, unique within the district (`used`). A stem that
 * serves several communities numbers them, as Taiyuan does when a community is split
 * (新建南路第一社区, 新建南路第二社区 / Xinjian South Road No. 2 Community). A town's
 * communities are its villages (郝庄村 / Haozhuang Village).
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().communities.filter((c) => c.streetId === 'st-laojunying').length; // 18
 * ```
 */
export function nameCommunities(
  street: StreetPlace,
  count: number,
  random: Random,
  used: Set<string>,
): CommunityName[] {
  const stems = random.shuffle(street.stems);
  const town = street.kind === 'town';
  // A town has one village per stem; a street's extra communities split the first (shuffled) stems.
  const perStem = stems.map((_, k): number => (k < count ? 1 : 0));
  for (let extra = 0; !town && extra < count - stems.length; extra += 1) {
    const k = extra % stems.length;
    perStem[k] = (perStem[k] ?? 0) + 1;
  }
  const names: CommunityName[] = [];
  const claim = (name: CommunityName) => {
    let { zh, en } = name;
    for (let k = 2; used.has(zh); k += 1) {
      zh = name.zh.replace(/(社区|村)$/, `${chineseNumber(k)}$1`);
      en = `${name.en} ${k}`;
    }
    used.add(zh);
    names.push({ zh, en, stem: name.stem });
  };
  stems.forEach((stem, k) => {
    const n = perStem[k] ?? 0;
    const base = stem.zh.replace(/村$/, '');
    const baseEn = stem.en.replace(/ Village$/, '');
    for (let j = 1; j <= n; j += 1) {
      if (town) claim({ zh: `${base}村`, en: `${baseEn} Village`, stem: base });
      else if (n === 1) claim({ zh: `${base}社区`, en: `${baseEn} Community`, stem: base });
      else {
        claim({
          zh: `${base}第${chineseNumber(j)}社区`,
          en: `${baseEn} No. ${j} Community`,
          stem: base,
        });
      }
    }
  });
  // More villages than the town has (only when asked for more than Yingze's figures).
  for (let k = names.length; k < count; k += 1) {
    const stem = stems[k % stems.length] ?? p('迎泽', 'Yingze');
    const base = stem.zh.replace(/村$/, '');
    claim({ zh: `${base}新村`, en: `${stem.en.replace(/ Village$/, '')} New Village`, stem: base });
  }
  return names;
}
