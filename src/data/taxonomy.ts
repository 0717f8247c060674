/**
 * The built-in sector taxonomy: the ten sectors of the fact table (data/sources/sites-facts.csv).
 *
 * Dutch labels are written as a Flemish reader would say them (a "bedrijvencentrum" is the usual
 * name for a hôtel d'entreprises), not translated word for word.
 *
 * Colours: ten hues spread over the wheel (indigo, teal, green, orange, blue, brown, magenta,
 * purple, grey, crimson), each dark enough for white text at WCAG AA (contrast ≥ 4.5:1,
 * checked by test/node/taxonomy.test.ts). Ten categories cannot all be told apart by every
 * colour-blind visitor, so the widget must never rely on colour alone (labels, list, filters).
 */
import type {Sector} from './types.js';

export const BUILT_IN_SECTORS: readonly Sector[] = Object.freeze(
  [
    {id: 'innovation-park', label: {fr: "Parc d'innovation", en: 'Innovation park', nl: 'Innovatiepark'}, color: '#332288'},
    {
      id: 'incubator-accelerator',
      label: {fr: 'Incubateur / accélérateur', en: 'Incubator / accelerator', nl: 'Incubator / accelerator'},
      color: '#00708a',
    },
    {
      id: 'coworking',
      label: {fr: "Coworking / hôtel d'entreprises", en: 'Coworking / business hotel', nl: 'Coworking / bedrijvencentrum'},
      color: '#117733',
    },
    {
      id: 'e-commerce-retail',
      label: {fr: 'E-commerce et distribution', en: 'E-commerce and retail', nl: 'E-commerce en detailhandel'},
      color: '#c2410c',
    },
    {id: 'hosting-cloud', label: {fr: 'Hébergement et cloud', en: 'Hosting and cloud', nl: 'Hosting en cloud'}, color: '#0b5cad'},
    {id: 'logistics', label: {fr: 'Logistique', en: 'Logistics', nl: 'Logistiek'}, color: '#7a5c00'},
    {
      id: 'creative-media-games',
      label: {
        fr: 'Industries créatives, médias, jeu vidéo',
        en: 'Creative industries, media, games',
        nl: 'Creatieve industrie, media en games',
      },
      color: '#aa3377',
    },
    {
      id: 'research-education',
      label: {fr: 'Recherche et enseignement', en: 'Research and education', nl: 'Onderzoek en onderwijs'},
      color: '#6a3d9a',
    },
    {
      id: 'public-institution',
      label: {fr: 'Institution publique', en: 'Public institution', nl: 'Overheidsinstelling'},
      color: '#555555',
    },
    {id: 'event-venue', label: {fr: "Lieu d'événements", en: 'Event venue', nl: 'Evenementenlocatie'}, color: '#9e1b32'},
  ].map((s) => Object.freeze({...s, label: Object.freeze(s.label)})),
);

/** Fallback colour for a taxonomy entry whose colour is unusable (white text contrast 7.5:1). */
export const FALLBACK_SECTOR_COLOR = '#555555';
