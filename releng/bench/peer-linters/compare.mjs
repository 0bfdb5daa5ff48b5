// Compares the findings and throughput of casenotes, alex and write-good on the same corpus.
// Usage: node compare.mjs WORK_DIR   (reads <tool>.json and <tool>.jsonl written by CorpusLint and peer.mjs)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const work = process.argv[2];
const JUDGMENTAL_RULES = new Set(['language.judgmental', 'language.doubt', 'language.substance-use',
  'language.identity-first', 'language.speculation']);
const summary = tool => JSON.parse(readFileSync(join(work, `${tool}.json`), 'utf8'));
const findings = tool => readFileSync(join(work, `${tool}.jsonl`), 'utf8').split('\n').filter(Boolean).map(JSON.parse);

const ours = findings('casenotes');
const oursByLine = new Map();
for (const f of ours) {
  const key = `${f.file}:${f.line}`;
  if (!oursByLine.has(key)) oursByLine.set(key, []);
  oursByLine.get(key).push(f);
}
const overlapping = (f, rules) => (oursByLine.get(`${f.file}:${f.line}`) ?? []).some(o =>
  (!rules || rules.has(o.rule)) && o.column < f.column + f.length && f.column < o.column + o.length);

const us = summary('casenotes');
const lines = ['# Casenotes language lint vs alex and write-good', '',
  `Corpus: ${us.notes} notes, ${(us.bytes / 1e6).toFixed(2)} MB (generated, fictional).`, '',
  '| tool | MB/s (wall) | MB/s (CPU time) | findings | casenotes speed ratio, wall / CPU time | their findings our judgmental-language rules also flag | ... any of our rules |',
  '|---|---|---|---|---|---|---|',
  `| casenotes | ${us.mbPerSecond.toFixed(2)} | ${us.cpuMbPerSecond.toFixed(2)} | ${us.findings} | 1 | | |`];
const missed = {};
for (const tool of ['alex', 'write-good']) {
  const them = summary(tool);
  const theirs = findings(tool);
  const judgmental = theirs.filter(f => overlapping(f, JUDGMENTAL_RULES)).length;
  const any = theirs.filter(f => overlapping(f, null)).length;
  lines.push(`| ${tool} | ${them.mbPerSecond.toFixed(3)} | ${them.cpuMbPerSecond.toFixed(3)} | ${theirs.length} | ${(us.mbPerSecond / them.mbPerSecond).toFixed(0)}x / ${(us.cpuMbPerSecond / them.cpuMbPerSecond).toFixed(0)}x | ${judgmental} (${(100 * judgmental / Math.max(1, theirs.length)).toFixed(1)}%) | ${any} |`);
  const counts = {};
  for (const f of theirs.filter(f => !overlapping(f, null))) counts[`${f.rule}: ${f.text}`] = (counts[`${f.rule}: ${f.text}`] ?? 0) + 1;
  missed[tool] = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 12);
}
lines.push('', 'Judgmental-language rules: ' + [...JUDGMENTAL_RULES].join(', ') + '.', '');
for (const [tool, top] of Object.entries(missed)) {
  lines.push(`Most frequent ${tool} findings that casenotes does not flag:`, '');
  for (const [what, n] of top) lines.push(`- ${n} x ${what}`);
  lines.push('');
}
const report = lines.join('\n');
writeFileSync(join(work, 'report.md'), report + '\n');
console.log(report);
