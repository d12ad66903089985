// Summarises the opening-hour timings that artillery/processor.js writes: one "epoch ms<TAB>step<TAB>status<TAB>
// time to first byte in ms" line per response, from any number of files (one per Artillery process).
// Prints one JSON object. Per step, it gives the count, p50/p95/p99/max and the statuses. For the whole run, it gives
// the same over all steps with the count of 5xx, the arrivals (first requests) per second in the busiest 10 s and
// over the run, and the run's length.
// Usage: node opening-summary.mjs FILE...
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
const byStep = new Map();
const all = [];
const arrivalsPerBucket = new Map();
let first = Infinity;
let last = -Infinity;
let fiveHundreds = 0;

for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const [at, step, status, ms] = line.split('\t');
    const time = Number(at);
    const latency = Number(ms);
    first = Math.min(first, time);
    last = Math.max(last, time);
    if (!byStep.has(step)) byStep.set(step, { latencies: [], statuses: {} });
    const entry = byStep.get(step);
    entry.latencies.push(latency);
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
    all.push(latency);
    if (status.startsWith('5')) fiveHundreds++;
    if (step === 'form') {
      const bucket = Math.floor(time / 10000);
      arrivalsPerBucket.set(bucket, (arrivalsPerBucket.get(bucket) ?? 0) + 1);
    }
  }
}

function percentiles(values) {
  if (values.length === 0) return { count: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] * 10) / 10;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

const steps = {};
for (const [step, entry] of byStep) {
  steps[step] = { ...percentiles(entry.latencies), statuses: entry.statuses };
}

const seconds = files.length && Number.isFinite(first) ? (last - first) / 1000 : 0;
const formCount = byStep.get('form')?.latencies.length ?? 0;
console.log(JSON.stringify({
  all: { ...percentiles(all), fiveHundreds },
  steps,
  seconds: Math.round(seconds),
  peakArrivalsPerSecond: Math.max(0, ...arrivalsPerBucket.values()) / 10,
  meanArrivalsPerSecond: seconds > 0 ? Math.round((formCount / seconds) * 10) / 10 : 0,
}));
