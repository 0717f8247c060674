/** Web Mercator world coordinates (0..1, y down) from and to degrees, as supercluster and Leaflet's tiles. */
export function lonToX(lon: number): number {
  return lon / 360 + 0.5;
}

export function latToY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

export function xToLon(x: number): number {
  return (x - 0.5) * 360;
}

export function yToLat(y: number): number {
  const y2 = ((180 - y * 360) * Math.PI) / 180;
  return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}
