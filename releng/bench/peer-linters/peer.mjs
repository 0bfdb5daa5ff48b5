// Runs the npm linters alex and write-good over a corpus (one note per paragraph, as CorpusLint
// reads it), timing only the linting calls (median of PEER_PASSES passes, default 5) after a warm-up, and writes per tool a JSON summary
// and one JSON line per finding (file, line, column, length, rule, text).
// Usage: node peer.mjs CORPUS_DIR OUT_DIR
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { text as alex } from 'alex';
import writeGood from 'write-good';

const [corpusDir, outDir] = process.argv.slice(2);
const notes = [];
let bytes = 0;
for (const file of readdirSync(corpusDir).filter(f => f.endsWith('.txt')).sort()) {
  const content = readFileSync(join(corpusDir, file), 'utf8');
  bytes += Buffer.byteLength(content);
  content.split('\n').forEach((line, i) => {
    if (line.trim() !== '') notes.push({ file, line: i + 1, text: line });
  });
}

const tools = {
  alex: note => alex(note.text).messages.map(m => {
    const start = m.place?.start ?? m.place ?? { column: m.column };
    const end = m.place?.end ?? start;
    return { column: start.column, length: Math.max(1, (end.offset ?? 0) - (start.offset ?? 0)),
             rule: `${m.source}:${m.ruleId}`, text: m.actual ?? '' };
  }),
  'write-good': note => writeGood(note.text).map(s => ({
    column: s.index + 1, length: s.offset, rule: s.reason.replace(/^"[^"]*" /, ''),
    text: note.text.substr(s.index, s.offset) })),
};

// Timed as ours is: several passes after a warm-up, the median reported, in wall time and in the process's CPU time
// (one JavaScript thread lints; the CPU time also holds V8's helper threads, so it can only favour us less).
const PASSES = Number(process.env.PEER_PASSES ?? 5);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [name, lint] of Object.entries(tools)) {
  for (const note of notes.slice(0, Math.min(notes.length, 200))) lint(note); // warm-up
  const walls = [];
  const cpus = [];
  let count = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    count = 0;
    for (const note of notes) count += lint(note).length;
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    const cpu = process.cpuUsage(cpuBefore);
    cpus.push((cpu.user + cpu.system) / 1e6);
  }
  const seconds = median(walls);
  const cpuSeconds = median(cpus);
  const lines = [];
  for (const note of notes) {
    for (const f of lint(note)) lines.push(JSON.stringify({ file: note.file, line: note.line, ...f }));
  }
  writeFileSync(join(outDir, `${name}.jsonl`), lines.join('\n') + '\n');
  const summary = { tool: name, notes: notes.length, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, cpuSeconds,
    cpuMbPerSecond: bytes / 1e6 / cpuSeconds, passes: PASSES, findings: count };
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(summary) + '\n');
  console.log(JSON.stringify(summary));
}
