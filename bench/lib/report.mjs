// Turns the measurements into the Markdown the benchmark prints and saves.

export const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value < 10 ? value.toFixed(1) : String(Math.round(value)));
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && a > 0 && b > 0 ? (a / b).toFixed(2) : '—');
const sizeLabel = (size, count) => (size === 'embedded' ? `embedded (${count})` : size.toLocaleString('en').replace(/,/g, ' '));

/** Figures of the dataset table: how to read each from one run and how to print it. */
const FIGURES = [
  {key: 'readyMs', label: 'ready: `data` set → shown + 2 frames (ms)', format: ms},
  {key: 'changeMs', label: 'sector change → painted (ms)', format: ms},
  // The long-task API reports only tasks of 50 ms or more.
  {key: 'readyLongestMs', label: 'longest main-thread task while getting ready (ms)', format: (v) => (v === 0 ? '< 50' : ms(v))},
  {
    key: 'changeLongestMs',
    label: 'longest main-thread task during the sector change (ms)',
    format: (v) => (v === 0 ? '< 50' : ms(v)),
  },
  {key: 'heapMB', label: 'JS heap after ready, after a GC (MB)', format: (v) => v.toFixed(1)},
];

/** One cell: the median of the runs, or why there is none. */
function cell(result, key) {
  if (!result) return {text: '—'};
  if (result.failure) return {text: result.failure};
  const value = median(result.runs.map((run) => run[key]));
  if (value === undefined) return {text: 'n/a'};
  return {value, text: FIGURES.find((figure) => figure.key === key).format(value)};
}

export function formatReport({machine, cold, datasets, contenders, distFiles, notes}) {
  const lines = [];
  lines.push('# ecosystem-map benchmark', '');
  lines.push(`- Date: ${machine.date}`);
  lines.push(`- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM`);
  lines.push(`- Browser: ${machine.browser} (headless); Node ${machine.node}`);
  lines.push(`- Widget: dist/ecosystem-map.js built from commit ${machine.commit}`);
  // Other processes competing for the cores make every figure slower and noisier.
  lines.push(
    `- Load average (1 min): ${machine.loadAtStart.toFixed(1)} at start, ${machine.loadAtEnd.toFixed(1)} at end, for ${machine.cores} cores`,
  );
  lines.push('');

  if (cold) {
    const show = (result, key, format) => result.failure ?? format(result[key]);
    for (const {label, widget, leaflet} of cold.cases) {
      lines.push(`## Cold start: embedded dataset, ${label} (median of ${cold.runs} run${cold.runs > 1 ? 's' : ''})`, '');
      lines.push('| figure | widget | bare Leaflet page | widget / Leaflet |', '| --- | ---: | ---: | ---: |');
      lines.push(
        `| first painted frame with the sites (ms from navigation start) | ${show(widget, 'ms', ms)} | ${show(leaflet, 'ms', ms)} | ${ratio(widget.ms, leaflet.ms)} |`,
      );
      lines.push(
        `| gzipped KiB downloaded before the map is visible | ${show(widget, 'bytes', kib)} | ${show(leaflet, 'bytes', kib)} | ${ratio(widget.bytes, leaflet.bytes)} |`,
      );
      lines.push('');
      for (const [name, result] of [
        ['widget', widget],
        ['bare Leaflet page', leaflet],
      ]) {
        if (result.files) lines.push(`- ${name}: ${result.files.map((file) => `${file.path} ${kib(file.gzip)}`).join(', ')}`);
      }
      lines.push('');
    }
    const {belowFold} = cold;
    lines.push('## Lazy start', '', '| figure | widget |', '| --- | ---: |');
    lines.push(`| gzipped KiB with the widget 5000 px below the fold (load + 1 s) | ${show(belowFold, 'bytes', kib)} |`, '');
    if (belowFold.files) lines.push(`- ${belowFold.files.map((file) => `${file.path} ${kib(file.gzip)}`).join(', ')}`, '');
  }

  if (datasets.length) {
    lines.push('## Datasets: the same points for every contender, in the same run (medians)', '');
    lines.push(
      `| sites | figure | ${contenders.map((c) => c.label).join(' | ')} | widget / markercluster | widget / supercluster |`,
    );
    lines.push(`| --- | --- | ${contenders.map(() => '---:').join(' | ')} | ---: | ---: |`);
    for (const dataset of datasets) {
      FIGURES.forEach((figure, index) => {
        const cells = contenders.map((contender) => cell(dataset.results[contender.name], figure.key));
        const [widget, markercluster, supercluster] = cells;
        const first =
          index === 0 ? `${sizeLabel(dataset.size, dataset.count)} (${dataset.runs} run${dataset.runs > 1 ? 's' : ''})` : '';
        lines.push(
          `| ${first} | ${figure.label} | ${cells.map((c) => c.text).join(' | ')} | ${ratio(widget.value, markercluster.value)} | ${ratio(widget.value, supercluster.value)} |`,
        );
      });
    }
    lines.push('');
  }

  if (distFiles.length) {
    lines.push('## dist files (gzip level 9)', '', '| file | raw KiB | gzip KiB |', '| --- | ---: | ---: |');
    for (const file of distFiles) lines.push(`| ${file.path} | ${kib(file.raw)} | ${kib(file.gzip)} |`);
    // Totals per build: the classic script (and any chunk it loads) apart from the ES modules for bundlers.
    const groups = [
      ['dist/*.js (classic script and its chunks)', (path) => !path.startsWith('dist/esm/')],
      ['dist/esm/**/*.js', (path) => path.startsWith('dist/esm/')],
    ];
    for (const [label, belongs] of groups) {
      const files = distFiles.filter((file) => belongs(file.path));
      if (files.length)
        lines.push(
          `| total of ${label}, ${files.length} file${files.length > 1 ? 's' : ''} | ${kib(files.reduce((sum, file) => sum + file.raw, 0))} | ${kib(files.reduce((sum, file) => sum + file.gzip, 0))} |`,
        );
    }
    lines.push('');
  }

  if (notes.length) {
    lines.push('## Notes', '');
    for (const note of [...new Set(notes)]) lines.push(`- ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}
