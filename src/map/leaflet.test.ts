// src/map/leaflet.ts ships only part of Leaflet: these check, in the real element, that every gesture and
// layer the widget relies on is still there (drag and the wheel are checked in map-ux and embed tests).
import {expect, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {EcosystemMap} from '../ecosystem-map/ecosystem-map.js';
import {collection, part, renderMap} from '../testing/environment.js';

async function mapOf(): Promise<{el: EcosystemMap; container: HTMLElement; x: number; y: number}> {
  const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
  const container = part(el, 'map')!;
  const box = container.getBoundingClientRect();
  return {el, container, x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2)};
}

describe('map: what the Leaflet copy keeps', () => {
  it('zooms in on a double-click', async () => {
    const {el, container, x, y} = await mapOf();
    const zoom = el.leafletMap!.getZoom();
    container.dispatchEvent(
      new MouseEvent('dblclick', {clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true}),
    );
    await waitUntil(() => el.leafletMap!.getZoom() > zoom, 'a double-click did not zoom in');
  });

  it('zooms in when two fingers spread apart', async () => {
    const {el, container, x, y} = await mapOf();
    const zoom = el.leafletMap!.getZoom();
    const fingers = (spread: number) => [
      new Touch({identifier: 1, target: container, clientX: x - spread, clientY: y}),
      new Touch({identifier: 2, target: container, clientX: x + spread, clientY: y}),
    ];
    const touch = (type: string, touches: Touch[]) =>
      container.dispatchEvent(
        new TouchEvent(type, {
          touches,
          targetTouches: touches,
          changedTouches: touches,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    touch('touchstart', fingers(20));
    touch('touchmove', fingers(80));
    touch('touchend', []);
    await waitUntil(() => el.leafletMap!.getZoom() > zoom, 'spreading two fingers did not zoom in');
  });

  it('pans with the arrow keys and zooms with + once the map itself has focus', async () => {
    const {el, container} = await mapOf();
    const map = el.leafletMap!;
    container.focus();
    const {lng} = map.getCenter();
    await sendKeys({press: 'ArrowRight'});
    await waitUntil(() => map.getCenter().lng > lng, 'ArrowRight did not pan the map east');
    const zoom = map.getZoom();
    await sendKeys({press: '+'});
    await waitUntil(() => map.getZoom() > zoom, '+ did not zoom in');
  });

  it('draws the communes outline as SVG shapes, out of the way of clicks', async () => {
    const {el} = await mapOf();
    const outlines = () => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.leaflet-outline-pane svg path.commune-outline')];
    // Communes out of view are clipped to empty paths; the view shows some.
    await waitUntil(() => outlines().some((path) => path.getBBox().width > 0), 'no commune outline drawn in view');
    expect(getComputedStyle(outlines()[0]).pointerEvents).to.equal('none');
  });
});
