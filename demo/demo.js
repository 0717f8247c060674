// Shows the widget's events as a partner page would receive them.
const log = document.getElementById('log');
for (const type of ['data-load', 'data-error', 'site-select', 'filter-change']) {
  document.addEventListener(type, (event) => {
    const {detail} = event;
    const summary =
      type === 'site-select'
        ? detail.id
        : type === 'data-load'
          ? `${detail.count} sites, ${detail.rejected.length} rejected`
          : JSON.stringify(detail);
    log.textContent = `${type}: ${summary}`;
  });
}
