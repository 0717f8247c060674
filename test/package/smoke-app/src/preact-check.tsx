/** @jsxImportSource preact */
// Preact JSX typings: properties and on<event> handlers, typed.
import type {} from 'ecosystem-map/preact';

export const ok = <ecosystem-map tiles="none" sectors={['a']} onsite-select={(event) => event.detail.site.properties.name} />;
// @ts-expect-error sectors is a list of ids
export const wrong = <ecosystem-map sectors="a" />;
