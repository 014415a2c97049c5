/** What the chain pane gives each of its SVG charts (技术路线图, 应用领域图). */
import type { Cluster } from '../data/schema.ts';
import type { Lang } from '../i18n/index.ts';

export interface ChartProps {
  cluster: Cluster;
  lang: Lang;
  selectedId: string | null;
  emphasisIds: ReadonlySet<string> | null;
  gapIds: ReadonlySet<string>;
  onSelect(id: string | null): void;
  asList: boolean;
}
