/**
 * data/sites.schema.json, derived from the rules of the format (src/data/rules.ts).
 * The schema describes the file a maintainer publishes (slug ids, both languages); the widget
 * is more forgiving, see docs/maintaining-data.md.
 */
import {
  HEX_COLOR_PATTERN,
  HTTP_URL_PATTERN,
  LANGUAGES,
  LIMITS,
  MAX_FEATURES,
  OPENED_YEAR,
  REQUIRED_LANGUAGES,
  SECTOR_ID_PATTERN,
  SITE_PROPERTIES,
  SLUG_PATTERN,
} from '../../src/data/rules.js';
import type {PropertyRule} from '../../src/data/rules.js';

type Schema = Record<string, unknown>;

const text = (maxLength?: number, minLength?: number): Schema => ({
  type: 'string',
  ...(minLength !== undefined ? {minLength} : {}),
  ...(maxLength !== undefined ? {maxLength} : {}),
});

function localized(maxLength?: number): Schema {
  return {
    type: 'object',
    required: [...REQUIRED_LANGUAGES],
    properties: Object.fromEntries(LANGUAGES.map((lang) => [lang, text(maxLength, 1)])),
  };
}

function propertySchema(rule: PropertyRule): Schema {
  const about = {description: rule.about};
  switch (rule.kind) {
    case 'text':
      return {...about, ...text(rule.maxLength, rule.required ? 1 : undefined)};
    case 'localized-text':
      return {...about, anyOf: [text(rule.maxLength), {$ref: '#/$defs/description'}]};
    case 'sector-ids':
      return {...about, type: 'array', minItems: 1, uniqueItems: true, items: {type: 'string', pattern: SECTOR_ID_PATTERN}};
    case 'http-url':
      return {...about, $ref: '#/$defs/httpUrl'};
    case 'http-url-list':
      return {...about, type: 'array', minItems: 1, maxItems: rule.maxItems, items: {$ref: '#/$defs/httpUrl'}};
    case 'year':
      return {...about, type: 'integer', minimum: OPENED_YEAR.min, maximum: OPENED_YEAR.max};
    case 'metres':
      return {...about, type: 'number', minimum: 0};
  }
}

export function buildSchema(): Schema {
  const description = SITE_PROPERTIES.find((r) => r.key === 'description');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/ecosystem-map/ecosystem-map/data/sites.schema.json',
    title: '<ecosystem-map> dataset',
    description:
      'A GeoJSON FeatureCollection of sites with its sector taxonomy. Generated from src/data/rules.ts by `npm run generate:schema`: do not edit. Rules a schema cannot express (unique ids, sector ids defined in the taxonomy, points inside the named commune, ...) are checked by `npm run validate:data`; see docs/maintaining-data.md.',
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: {const: 'FeatureCollection'},
      sectors: {
        description: "The collection's own taxonomy (foreign member). Without it the widget uses its built-in taxonomy.",
        type: 'array',
        minItems: 1,
        items: {$ref: '#/$defs/sector'},
      },
      features: {type: 'array', maxItems: MAX_FEATURES, items: {$ref: '#/$defs/site'}},
      bbox: {type: 'array', items: {type: 'number'}},
    },
    $defs: {
      sector: {
        type: 'object',
        required: ['id', 'label', 'color'],
        additionalProperties: false,
        properties: {
          id: {type: 'string', pattern: SECTOR_ID_PATTERN},
          label: localized(),
          color: {type: 'string', pattern: HEX_COLOR_PATTERN},
        },
      },
      description: localized(description?.maxLength),
      httpUrl: {type: 'string', pattern: HTTP_URL_PATTERN, maxLength: LIMITS.url},
      site: {
        type: 'object',
        required: ['type', 'id', 'geometry', 'properties'],
        properties: {
          type: {const: 'Feature'},
          id: {type: 'string', minLength: 1, maxLength: LIMITS.id, pattern: SLUG_PATTERN},
          geometry: {
            type: 'object',
            required: ['type', 'coordinates'],
            properties: {
              type: {const: 'Point'},
              coordinates: {
                type: 'array',
                minItems: 2,
                maxItems: 3,
                prefixItems: [
                  {type: 'number', minimum: -180, maximum: 180},
                  {type: 'number', minimum: -90, maximum: 90},
                ],
                items: {type: 'number'},
              },
            },
          },
          properties: {
            type: 'object',
            required: SITE_PROPERTIES.filter((r) => r.required).map((r) => r.key),
            additionalProperties: false,
            properties: Object.fromEntries(SITE_PROPERTIES.map((r) => [r.key, propertySchema(r)])),
          },
        },
      },
    },
  };
}
