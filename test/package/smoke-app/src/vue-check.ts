// Vue GlobalComponents typing: the props Volar checks `<ecosystem-map>` against.
import type {GlobalComponents} from 'vue';
import type {} from 'ecosystem-map/vue';

type Props = InstanceType<GlobalComponents['ecosystem-map']>['$props'];
export const ok: Props = {tiles: 'none', zoom: 12, onSiteSelect: (event) => event.detail.id};
// @ts-expect-error zoom is a number
export const wrong: Props = {zoom: '12'};
