/** JSON.stringify with 2-space indentation, but short lists of numbers/texts kept on one line
 *  ("sectors": ["coworking"], "coordinates": [3.17402, 50.69121]) so the file stays easy to edit. */
export function formatJson(value: unknown, maxInline = 100): string {
  const walk = (v: unknown, indent: string): string => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every((x) => x === null || typeof x !== 'object')) {
        const inline = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
        if (inline.length <= maxInline) return inline;
      }
      const inner = indent + '  ';
      return `[\n${v.map((x) => inner + walk(x, inner)).join(',\n')}\n${indent}]`;
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const inner = indent + '  ';
      return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${walk(x, inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return walk(value, '') + '\n';
}
