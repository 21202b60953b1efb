// Runs chrono-node on the TEXT content of every TimeML (.tml) file under a folder, with the document's creation
// time (the DCT timex) as reference date, and prints its finds as JSONL predictions for
// `sitrep eval tempeval3 DIR --predictions FILE`: {"doc","start","end","type","value"}, UTF-16 offsets into
// the TEXT content (tags removed, entities decoded), the same text Sitrep's TimeML reader gives its tagger.
// Usage: node chrono.mjs DIR > predictions.jsonl
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node chrono.mjs DIR > predictions.jsonl');
  process.exit(2);
}

function* tmlFiles(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* tmlFiles(full);
    else if (entry.name.endsWith('.tml')) yield full;
  }
}

const decode = (s) => s
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
  .replace(/&amp;/g, '&');

const pad = (n, width = 2) => String(n).padStart(width, '0');

// TIMEX3 type and value from a chrono result: the finest unit chrono is certain of (or, for relative phrases
// like "yesterday", the unit its reference date fills in) decides the granularity.
function timex(result) {
  const c = result.start;
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (c.isCertain('hour')) {
    return { type: 'TIME', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}` };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
  if (c.isCertain('month')) return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}` };
  if (c.isCertain('year')) return { type: 'DATE', value: pad(y, 4) };
  return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

for (const file of tmlFiles(dir)) {
  const xml = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml);
  if (!body) continue;
  const text = decode(body[1].replace(/<[^>]+>/g, ''));
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d\d-\d\d)/.exec(xml);
  const reference = dct ? new Date(`${dct[1]}T12:00:00`) : new Date(0);
  const doc = path.basename(file, '.tml');
  for (const r of chrono.parse(text, reference)) {
    const { type, value } = timex(r);
    process.stdout.write(JSON.stringify({ doc, start: r.index, end: r.index + r.text.length, type, value }) + '\n');
  }
}
