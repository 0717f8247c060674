// Contender: what a developer writes by hand with Leaflet.markercluster. No tile layer (no tile request).
(() => {
  'use strict';
  let map;
  let group;
  let markers = [];

  window.contender = {
    prepare() {
      map = L.map('stage', {maxZoom: 18}).setView([50.65, 3.05], 10);
    },
    load(collection) {
      markers = collection.features.map((feature) => {
        const [lon, lat] = feature.geometry.coordinates;
        const marker = L.marker([lat, lon], {
          title: feature.properties.name,
          icon: L.divIcon({className: 'bench-point', iconSize: [10, 10]}),
        });
        marker.sectors = feature.properties.sectors;
        return marker;
      });
      // Same cluster radius as the widget and the supercluster page; the bulk addLayers path.
      group = L.markerClusterGroup({maxClusterRadius: 50});
      group.addLayers(markers);
      map.addLayer(group);
      map.fitBounds(group.getBounds(), {padding: [28, 28], maxZoom: 16, animate: false});
      return {shown: markers.length};
    },
    changeSector(sector) {
      const kept = markers.filter((marker) => marker.sectors.includes(sector));
      group.clearLayers();
      group.addLayers(kept);
      return {shown: kept.length};
    },
  };
})();
