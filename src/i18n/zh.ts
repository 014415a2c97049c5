/** 简体中文 (default). The English dictionary must have exactly the same keys (checked by the type). */
export const zh = {
  'app.title': '链图',
  'app.subtitle': '广东省战略性产业集群 · 一链一图',
  'app.loading': '正在加载数据…',
  'map.aria': '广东省 21 个地级市地图。按 + / - 缩放，方向键平移，Esc 取消选择。',
  'map.loading': '地图加载中…',
  'map.source': '边界数据',
  'map.reviewNumber': '审图号',
  'city.none': '未选择城市',
  'city.selected': '已选城市',
  'city.region': '所属区域',
  'lang.switch': 'English',
  'error.title': '数据无法加载',
} as const;
export type MessageKey = keyof typeof zh;
