// Svelte 5 typing: the attributes svelte-check checks `<ecosystem-map>` against.
import type {SvelteHTMLElements} from 'svelte/elements';
import type {} from 'ecosystem-map/svelte';

type Attributes = SvelteHTMLElements['ecosystem-map'];
export const ok: Attributes = {tiles: 'none', 'onsite-select': (event) => event.detail.id};
// @ts-expect-error sectors is a list of ids
export const wrong: Attributes = {sectors: 'a'};
