// Contender: <ecosystem-map> from dist/ecosystem-map.js, driven only through its public API.
(() => {
  'use strict';
  let element;

  /** Resolves with the event's detail, rejects on data-error: the widget's own "done" signals. */
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onError = (event) => reject(new Error(`data-error ${event.detail.code}: ${event.detail.message}`));
      element.addEventListener(
        type,
        (event) => {
          element.removeEventListener('data-error', onError);
          resolve(event.detail);
        },
        {once: true},
      );
      element.addEventListener('data-error', onError, {once: true});
    });

  window.contender = {
    // Mount the widget in view with tiles="none" and let it show its embedded dataset, so the measured
    // window holds only the work caused by setting `data`.
    async prepare() {
      await customElements.whenDefined('ecosystem-map');
      element = document.createElement('ecosystem-map');
      element.setAttribute('tiles', 'none');
      const loaded = next('data-load');
      document.body.append(element);
      await loaded;
    },
    async load(collection) {
      const loaded = next('data-load');
      element.data = collection;
      const detail = await loaded;
      return {shown: detail.count, rejected: detail.rejected.length};
    },
    async changeSector(sector) {
      const changed = next('filter-change');
      element.sectors = [sector];
      const detail = await changed;
      return {shown: detail.visible};
    },
  };
})();
