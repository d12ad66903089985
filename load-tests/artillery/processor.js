// Hooks for opening-hour.yml.
// - A share of parents (MISTAKE_SHARE, default 0.1) first type a wrong birth date.
// - The personal ID of every confirmation that got a redirect (the site's success response) is appended to
//   CONFIRMED_FILE. run.sh then checks that each one is stored exactly once and that nothing else was stored.
// - Every response's step, time to first byte and status go to TIMINGS_FILE, so that run.sh can compute exact
//   percentiles per step over all the Artillery processes of one run.
const fs = require('node:fs');

const mistakeShare = Number(process.env.MISTAKE_SHARE ?? '0.1');
const confirmedFile = process.env.CONFIRMED_FILE;
const timingsFile = process.env.TIMINGS_FILE;

let pending = [];

function flushTimings() {
  if (timingsFile && pending.length > 0) {
    fs.appendFileSync(timingsFile, pending.join(''));
    pending = [];
  }
}

// Buffered so that a response costs no system call; flushed every second and when the worker ends.
setInterval(flushTimings, 1000).unref();
process.on('exit', flushTimings);

function decideMistake(context, events, done) {
  context.vars.mistake = Math.random() < mistakeShare;
  const [day, month, year] = String(context.vars.birthDate).split('/');
  const wrongDay = ((Number(day) % 28) + 1).toString().padStart(2, '0');
  context.vars.wrongBirthDate = `${wrongDay}/${month}/${year}`;
  return done();
}

function stepOf(requestParams, context) {
  const method = (requestParams.method || 'GET').toUpperCase();
  // Artillery passes the address with the target in front of it.
  const parsed = new URL(String(requestParams.url || ''), 'http://target');
  const url = parsed.pathname + parsed.search;
  if (method === 'GET' && url === '/') return 'form';
  if (method === 'POST' && url === '/') {
    const wrong = context.vars.mistake && requestParams.form && requestParams.form.BirthDate === context.vars.wrongBirthDate;
    return wrong ? 'lookup, wrong birth date' : 'lookup';
  }
  if (method === 'GET' && url === '/ho-so') return 'dossier page';
  if (method === 'POST' && url.startsWith('/ho-so?handler=Confirm')) return 'confirm';
  if (method === 'GET' && url === '/ho-so/phieu') return 'slip';
  return `${method} ${url}`;
}

// Runs after every response of the scenario (scenario-level afterResponse).
function afterEach(requestParams, response, context, events, done) {
  const step = stepOf(requestParams, context);
  if (step === 'confirm' && response.statusCode === 302 && confirmedFile) {
    fs.appendFileSync(confirmedFile, `${context.vars.personalId}\n`);
  }
  if (timingsFile) {
    const firstByte = response.timings && response.timings.phases ? response.timings.phases.firstByte : -1;
    pending.push(`${Date.now()}\t${step}\t${response.statusCode}\t${firstByte}\n`);
    if (pending.length >= 5000) flushTimings();
  }
  return done();
}

module.exports = { decideMistake, afterEach };
