/**
 * The CLI's reporter: collects problems per feature (no duplicates), orders them (collection
 * first, then by feature, in the order found), attaches the line where each value starts,
 * and writes the lines and the one-line summary.
 */
import type {Dataset, Problem} from '../../src/data/types.js';
import {formatProblem} from '../../src/data/validate.js';

export type ReportedProblem = Problem & {
  /** Line in the file where the faulty value starts, when known. */
  line?: number;
};

/** Does field `x` name the same place as `y`, or a part or a whole of it? */
function related(x: string, y: string): boolean {
  const a = x === 'properties.id' ? 'id' : x;
  const b = y === 'properties.id' ? 'id' : y;
  if (a === '' || b === '' || a === b) return true;
  const under = (p: string, q: string) => p.startsWith(`${q}.`) || p.startsWith(`${q}[`);
  return under(a, b) || under(b, a);
}

/** Problems grouped by feature, so lookups stay cheap on very large files. */
export class ProblemList {
  private readonly collection: ReportedProblem[] = [];
  private readonly byFeature = new Map<number, ReportedProblem[]>();

  private listFor(index: number | null): ReportedProblem[] {
    if (index === null) return this.collection;
    let list = this.byFeature.get(index);
    if (!list) this.byFeature.set(index, (list = []));
    return list;
  }
  add(p: ReportedProblem): void {
    const list = this.listFor(p.index);
    if (!list.some((q) => q.field === p.field && q.message === p.message)) list.push({...p});
  }
  has(index: number | null, field: string): boolean {
    const list = index === null ? this.collection : this.byFeature.get(index);
    return list !== undefined && list.some((q) => related(q.field, field));
  }
  /** Collection-level problems first, then by feature index, each in the order found. */
  ordered(): ReportedProblem[] {
    const indices = [...this.byFeature.keys()].sort((a, b) => a - b);
    return [...this.collection, ...indices.flatMap((i) => this.byFeature.get(i) as ReportedProblem[])];
  }
}

/** Path of a problem's value in the file, as the JSON locator keys it (`features/3/properties/website`). */
function pathOf(index: number | null, field: string): string[] {
  const segs = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  if (index === null) return segs;
  const base = ['features', String(index)];
  if (segs.length === 0 || ['id', 'type', 'geometry', 'properties'].includes(segs[0])) return [...base, ...segs];
  return [...base, 'properties', ...segs];
}

/** The line of the value, or of the closest enclosing value whose line is known. */
export function lineOf(lines: Map<string, number>, index: number | null, field: string): number | undefined {
  const path = pathOf(index, field);
  for (let k = path.length; k >= 0; k--) {
    const line = lines.get(path.slice(0, k).join('/'));
    if (line !== undefined) return line;
  }
  return undefined;
}

export function formatReported(p: ReportedProblem, file: string): string {
  return formatProblem(p, p.line !== undefined ? `${file}:${p.line}` : file);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Feature numbers listed in the summary before "and N more". */
const LISTED_LEFT_OUT = 20;

export function summaryLine(file: string, dataset: Dataset, problemCount: number, leftOut: readonly number[]): string {
  const head = `${file}: ${plural(dataset.sites.length, 'site')}, ${plural(dataset.sectors.length, 'sector')}`;
  if (problemCount === 0) return `${head}, no problems`;
  let summary = `${head}, ${plural(problemCount, 'problem')}`;
  if (leftOut.length > 0) {
    const listed = leftOut
      .slice(0, LISTED_LEFT_OUT)
      .map((i) => `#${i + 1}`)
      .join(', ');
    const more = leftOut.length > LISTED_LEFT_OUT ? ` and ${leftOut.length - LISTED_LEFT_OUT} more` : '';
    summary += ` (${plural(leftOut.length, 'feature')} left out of the map: ${listed}${more})`;
  }
  return summary;
}
