// Contender: what a developer writes by hand with supercluster: one index, and Leaflet markers for
// getClusters(bbox, zoom) redrawn on moveend. A sector change rebuilds the index on the kept sites.
(() => {
  'use strict';
  let map;
  let index;
  let features = [];
  const layer = L.layerGroup();

  function clusterIcon(count) {
    const label = document.createElement('div');
    label.textContent = String(count);
    const size = count < 100 ? 30 : count < 1000 ? 36 : 44;
    label.style.width = label.style.height = `${size}px`;
    return L.divIcon({html: label, className: 'bench-cluster', iconSize: [size, size]});
  }
  const pointIcon = L.divIcon({className: 'bench-point', iconSize: [10, 10]});

  function redraw() {
    const bounds = map.getBounds();
    const box = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
    layer.clearLayers();
    for (const item of index.getClusters(box, map.getZoom())) {
      const [lon, lat] = item.geometry.coordinates;
      const marker = item.properties.cluster
        ? L.marker([lat, lon], {icon: clusterIcon(item.properties.point_count)})
        : L.marker([lat, lon], {icon: pointIcon, title: item.properties.name});
      layer.addLayer(marker);
    }
  }

  function bounds(list) {
    let west = Infinity,
      south = Infinity,
      east = -Infinity,
      north = -Infinity;
    for (const {
      geometry: {
        coordinates: [lon, lat],
      },
    } of list) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
    return L.latLngBounds([south, west], [north, east]);
  }

  window.contender = {
    prepare() {
      map = L.map('stage', {maxZoom: 18}).setView([50.65, 3.05], 10);
      layer.addTo(map);
    },
    load(collection) {
      features = collection.features;
      // Same clustering settings as the widget.
      index = new Supercluster({radius: 50, maxZoom: 17}).load(features);
      map.fitBounds(bounds(features), {padding: [28, 28], maxZoom: 16, animate: false});
      map.on('moveend', redraw);
      redraw();
      return {shown: features.length};
    },
    changeSector(sector) {
      const kept = features.filter((feature) => feature.properties.sectors.includes(sector));
      index = new Supercluster({radius: 50, maxZoom: 17}).load(kept);
      redraw();
      return {shown: kept.length};
    },
  };
})();
