// Types for the `geojson` npm package (caseycesari/geojson.js 0.5.0), which ships none.
// It is imported by its file path, 'geojson/geojson.js', because the bare name 'geojson'
// resolves to @types/geojson (the RFC 7946 type definitions) in TypeScript.
declare module 'geojson/geojson.js' {
  import type {FeatureCollection, Feature, Geometry, GeoJsonProperties} from 'geojson';

  type GeometryParam = string | [string, string] | Record<string, [string, string]>;

  export interface ParseParams {
    Point?: GeometryParam;
    MultiPoint?: GeometryParam;
    LineString?: GeometryParam;
    MultiLineString?: GeometryParam;
    Polygon?: GeometryParam;
    MultiPolygon?: GeometryParam;
    GeoJSON?: string;
    include?: string[];
    exclude?: string[];
    extra?: Record<string, unknown>;
    extraGlobal?: Record<string, unknown>;
    crs?: unknown;
    bbox?: number[];
    isPostgres?: boolean;
    doThrows?: {invalidGeometry?: boolean};
  }

  interface GeoJSONStatic {
    version: string;
    defaults: ParseParams;
    parse(objects: readonly object[], params: ParseParams): FeatureCollection<Geometry, GeoJsonProperties>;
    parse(object: object, params: ParseParams): Feature<Geometry, GeoJsonProperties>;
    parse(
      objects: readonly object[] | object,
      params: ParseParams,
      callback: (geojson: FeatureCollection | Feature) => void,
    ): void;
    isGeometryValid(geometry: unknown): boolean;
  }

  const GeoJSON: GeoJSONStatic;
  export default GeoJSON;
}
