/** The page: header, then map (and, later, the chain diagram and panels). */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { type Lang, nameIn, t } from '../i18n/index.ts';
import { MapView } from '../map/MapView.tsx';
import { REGION_FILLS } from '../map/palette.ts';
import { boundariesQuery } from './boundariesQuery.ts';
import { exposeTestHooks } from './testHooks.ts';

const MANIFEST_URL = new URL('data/manifest.json', document.baseURI).href;

export function Workspace() {
  const [lang, setLang] = useState<Lang>('zh');
  const [selected, setSelected] = useState<string | null>(null);
  const boundaries = useQuery(boundariesQuery(MANIFEST_URL, 'geo/guangdong.topo.json'));

  const fills = useMemo(() => {
    const out: Record<string, string> = {};
    for (const f of boundaries.data?.cities.features ?? []) {
      const fill = REGION_FILLS[f.properties.region];
      if (fill) out[f.properties.adcode] = fill;
    }
    return out;
  }, [boundaries.data]);
  const cityNames = useMemo(() => {
    const out: Record<string, string> = {};
    for (const f of boundaries.data?.cities.features ?? [])
      out[f.properties.adcode] = nameIn(lang, { zh: f.properties.name_zh, en: f.properties.name_en });
    return out;
  }, [boundaries.data, lang]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          {t(lang, 'app.title')} <span className="app-subtitle">{t(lang, 'app.subtitle')}</span>
        </h1>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t(lang, 'lang.switch')}
        </button>
      </header>
      <main className="app-main">
        {boundaries.isError && (
          <p role="alert" className="load-error">
            {t(lang, 'error.title')}: {String(boundaries.error.message)}
          </p>
        )}
        {boundaries.data ? (
          <MapView
            boundaries={boundaries.data}
            fills={fills}
            selected={selected}
            highlighted={[]}
            belts={{ type: 'FeatureCollection', features: [] }}
            lang={lang}
            cityNames={cityNames}
            footer={`${t(lang, 'map.source')}: Apache ECharts 4.9.0 · ${lang === 'zh' ? '示意图 — 非标准地图' : 'Schematic — not an official standard map'}`}
            ariaLabel={t(lang, 'map.aria')}
            loadingText={t(lang, 'map.loading')}
            onSelect={setSelected}
            onReady={(c) => exposeTestHooks({ map: c })}
          />
        ) : (
          <p className="app-loading">{t(lang, 'app.loading')}</p>
        )}
        <p className="city-status" data-testid="selected-city" aria-live="polite">
          {selected
            ? `${t(lang, 'city.selected')}: ${cityNames[selected] ?? selected}`
            : t(lang, 'city.none')}
        </p>
      </main>
    </div>
  );
}
