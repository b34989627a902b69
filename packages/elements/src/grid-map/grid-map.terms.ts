/** The strings of `<wg-grid-map>`. */
export interface GridMapTerms {
  'gridMap.label': string;
  'gridMap.labelOf': (district: string) => string;
  'gridMap.roleDescription': string;
  'gridMap.instructions': string;
  'gridMap.instructionsPick': string;
  'gridMap.zoomIn': string;
  'gridMap.zoomOut': string;
  'gridMap.reset': string;
  'gridMap.toolbar': string;
  'gridMap.tree': string;
  'gridMap.level.district': string;
  'gridMap.level.street': string;
  'gridMap.level.community': string;
  'gridMap.level.grid': string;
  'gridMap.level.micro-grid': string;
  'gridMap.levelShown': (level: string) => string;
  'gridMap.counts': (open: number, overdue: number) => string;
  'gridMap.colorBy.open': string;
  'gridMap.colorBy.overdue': string;
  'gridMap.noCases': string;
  'gridMap.value': string;
  'gridMap.noData': string;
  'gridMap.valueScale': string;
  'gridMap.valueOf': (label: string, value: string) => string;
  'gridMap.empty': string;
  'gridMap.cluster': (count: number, overdue: number) => string;
  'gridMap.case': (label: string) => string;
  'gridMap.caseOverdue': (label: string) => string;
  'gridMap.center': (what: string) => string;
  'gridMap.outside': string;
  'gridMap.picked': (where: string) => string;
  'gridMap.selected': (name: string) => string;
  'gridMap.showMore': (remaining: number) => string;
  'gridMap.moreIssues': (count: number) => string;
}

export const gridMapZhCN: GridMapTerms = {
  'gridMap.label': '网格地图',
  'gridMap.labelOf': (district) => `${district}网格地图`,
  'gridMap.roleDescription': '地图',
  'gridMap.instructions':
    '方向键平移，加号、减号缩放，0 复位；回车或空格选择十字准星处的单元或案件。旁边的网格列表提供相同的功能。',
  'gridMap.instructionsPick':
    '方向键移动地图，加号、减号缩放，0 复位；回车或空格在十字准星处选点。也可以在网格列表中选择单元来选点。',
  'gridMap.zoomIn': '放大',
  'gridMap.zoomOut': '缩小',
  'gridMap.reset': '复位地图',
  'gridMap.toolbar': '地图工具',
  'gridMap.tree': '网格列表',
  'gridMap.level.district': '区',
  'gridMap.level.street': '街道',
  'gridMap.level.community': '社区',
  'gridMap.level.grid': '网格',
  'gridMap.level.micro-grid': '微网格',
  'gridMap.levelShown': (level) => `地图显示：${level}`,
  'gridMap.counts': (open, overdue) => `待办 ${open} 件，超期 ${overdue} 件`,
  'gridMap.colorBy.open': '待办案件',
  'gridMap.colorBy.overdue': '超期案件',
  'gridMap.noCases': '无',
  'gridMap.value': '指标值',
  'gridMap.noData': '无数据',
  'gridMap.valueScale': '颜色越浓越差',
  'gridMap.valueOf': (label, value) => `${label}：${value}`,
  'gridMap.empty': '暂无网格图层',
  'gridMap.cluster': (count, overdue) =>
    overdue > 0 ? `${count} 件案件，其中 ${overdue} 件超期` : `${count} 件案件`,
  'gridMap.case': (label) => `案件：${label}`,
  'gridMap.caseOverdue': (label) => `超期案件：${label}`,
  'gridMap.center': (what) => `十字准星处：${what}`,
  'gridMap.outside': '辖区网格之外',
  'gridMap.picked': (where) => `已选点：${where}`,
  'gridMap.selected': (name) => `已选择：${name}`,
  'gridMap.showMore': (remaining) => `显示更多（还有 ${remaining} 项）`,
  'gridMap.moreIssues': (count) => `另有 ${count} 个问题`,
};

export const gridMapEn: GridMapTerms = {
  'gridMap.label': 'Grid map',
  'gridMap.labelOf': (district) => `Grid map of ${district}`,
  'gridMap.roleDescription': 'map',
  'gridMap.instructions':
    'Arrow keys pan, plus and minus zoom, 0 resets; Enter or Space selects the unit or case under the crosshair. The grid list beside the map does the same.',
  'gridMap.instructionsPick':
    'Arrow keys move the map, plus and minus zoom, 0 resets; Enter or Space picks the point under the crosshair. You can also pick a unit in the grid list.',
  'gridMap.zoomIn': 'Zoom in',
  'gridMap.zoomOut': 'Zoom out',
  'gridMap.reset': 'Reset the map',
  'gridMap.toolbar': 'Map tools',
  'gridMap.tree': 'Grid list',
  'gridMap.level.district': 'District',
  'gridMap.level.street': 'Streets',
  'gridMap.level.community': 'Communities',
  'gridMap.level.grid': 'Grids',
  'gridMap.level.micro-grid': 'Micro-grids',
  'gridMap.levelShown': (level) => `The map shows: ${level}`,
  'gridMap.counts': (open, overdue) =>
    `${open} open ${open === 1 ? 'case' : 'cases'}, ${overdue} overdue`,
  'gridMap.colorBy.open': 'Open cases',
  'gridMap.colorBy.overdue': 'Overdue cases',
  'gridMap.noCases': 'None',
  'gridMap.value': 'Value',
  'gridMap.noData': 'No data',
  'gridMap.valueScale': 'The stronger the colour, the worse',
  'gridMap.valueOf': (label, value) => `${label}: ${value}`,
  'gridMap.empty': 'No grid layer to show',
  'gridMap.cluster': (count, overdue) =>
    overdue > 0 ? `${count} cases, ${overdue} overdue` : `${count} cases`,
  'gridMap.case': (label) => `Case: ${label}`,
  'gridMap.caseOverdue': (label) => `Overdue case: ${label}`,
  'gridMap.center': (what) => `Under the crosshair: ${what}`,
  'gridMap.outside': 'Outside the grids of the district',
  'gridMap.picked': (where) => `Point picked: ${where}`,
  'gridMap.selected': (name) => `Selected: ${name}`,
  'gridMap.showMore': (remaining) => `Show more (${remaining} left)`,
  'gridMap.moreIssues': (count) => `${count} more ${count === 1 ? 'problem' : 'problems'}`,
};
