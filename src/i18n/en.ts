import type { MessageKey } from './zh.ts';

export const en: Record<MessageKey, string> = {
  'app.title': 'ChainAtlas',
  'app.subtitle': "Guangdong's strategic industrial clusters · one chart per chain",
  'app.loading': 'Loading data…',
  'map.aria':
    "Map of Guangdong's 21 prefecture cities. Press + / - to zoom, arrow keys to pan, Esc to clear the selection.",
  'map.loading': 'Loading map…',
  'map.source': 'Boundaries',
  'map.reviewNumber': 'Map review no.',
  'map.schematic': 'Schematic — not an official standard map',
  'city.none': 'No city selected',
  'city.selected': 'Selected city',
  'city.region': 'Region',
  'lang.switch': '中文',
  'nav.clusters': 'Clusters',
  'view.map': 'Map',
  'view.chain': 'Chain diagram',
  'view.details': 'Details',
  'chain.pick': 'Pick a cluster to see its chain diagram.',
  'chain.table': 'List view',
  'chain.diagram': 'Diagram view',
  'chain.laying': 'Laying out…',
  'chain.legend': 'Legend',
  'city.pick': 'City',
  'nav.all': 'All clusters',
  'error.title': 'The data could not be loaded',
};
