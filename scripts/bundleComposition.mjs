// What a built chunk is made of: its minified bytes attributed to source packages through its source map.
import fs from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

// One source-map segment: [generated column, source index, ...], each a base64 VLQ delta.
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT[c];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** node_modules/<package> or the first two folders of a source of ours. */
function owner(source) {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) {
    return pkg[1];
  }
  const ours = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  return ours.split('/').slice(0, 2).join('/');
}

/** Minified bytes per owner, largest first. */
export function composition(jsFile) {
  const lines = fs.readFileSync(jsFile, 'utf8').split('\n');
  const map = JSON.parse(fs.readFileSync(`${jsFile}.map`, 'utf8'));
  const bytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const segments = line ? line.split(',').map(decodeSegment) : [];
    let column = 0;
    const starts = [];
    for (const segment of segments) {
      column += segment[0];
      if (segment.length > 1) {
        source += segment[1];
      }
      starts.push({ column, source: segment.length > 1 ? source : -1 });
    }
    const length = (lines[lineIndex] ?? '').length;
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].column : length;
      const name = start.source >= 0 ? owner(map.sources[start.source]) : '(webpack runtime)';
      bytes.set(name, (bytes.get(name) ?? 0) + Math.max(0, end - start.column));
    });
  });
  return [...bytes].sort((a, b) => b[1] - a[1]);
}
