// What an app developer writes: the package's documented imports, no hand-written declarations.
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'ecosystem-map/define.js';
import type {} from 'ecosystem-map/react';
import {SiteSelectEvent, type DataLoadEvent, type SiteCollection} from 'ecosystem-map';
import sitesUrl from 'ecosystem-map/data/sites.geojson?url';

const empty: SiteCollection = {type: 'FeatureCollection', features: []};

function App() {
  const [selected, setSelected] = useState<string>();
  return (
    <>
      <ecosystem-map
        data={empty}
        sectors={['hosting-cloud']}
        tiles="none"
        lang="en"
        zoom={12}
        className="map"
        onsite-select={(event) => setSelected(event.detail.id)}
        ondata-load={(event: DataLoadEvent) => console.log(event.detail.count, event.detail.rejected)}
      />
      {/* @ts-expect-error zoom is a number, not a string */}
      <ecosystem-map zoom="12" />
      {/* @ts-expect-error the handler receives a SiteSelectEvent, not a DataLoadEvent */}
      <ecosystem-map onsite-select={(event: DataLoadEvent) => event.detail.count} />
      <ecosystem-map src={sitesUrl} />
      <p>{selected}</p>
    </>
  );
}

console.log(SiteSelectEvent.eventName);
createRoot(document.getElementById('root')!).render(<App />);
