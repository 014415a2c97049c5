import './app/runtimeFixes.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { BUNDLED_GEO_PATH, BUNDLED_MANIFEST_URL, linkedCluster } from './app/config.ts';
import { startBundledDownloads, startDownload } from './data/earlyFetch.ts';
import './app/app.css';
import './panels/panels.css';
import './export/print.css';

// The data's downloads start now, beside the workspace's code rather than after it; the boundaries
// first, for the map preview that is the page's first picture.
startDownload(new URL(BUNDLED_GEO_PATH, BUNDLED_MANIFEST_URL).href);
startBundledDownloads(BUNDLED_MANIFEST_URL, linkedCluster());

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
