// Hooks for opening-hour.yml. A share of parents (MISTAKE_SHARE, default 0.1) first type a wrong birth date. Every
// confirmation answered with a redirect (the site's success answer) is appended to CONFIRMED_FILE, so that run.sh
// can check afterwards that each one is stored exactly once and nothing else was stored.
const fs = require('node:fs');

const mistakeShare = Number(process.env.MISTAKE_SHARE ?? '0.1');
const confirmedFile = process.env.CONFIRMED_FILE;

function decideMistake(context, events, done) {
  context.vars.mistake = Math.random() < mistakeShare;
  const [day, month, year] = String(context.vars.birthDate).split('/');
  const wrongDay = ((Number(day) % 28) + 1).toString().padStart(2, '0');
  context.vars.wrongBirthDate = `${wrongDay}/${month}/${year}`;
  return done();
}

function recordConfirmation(requestParams, response, context, events, done) {
  if (response.statusCode === 302 && confirmedFile) {
    fs.appendFileSync(confirmedFile, `${context.vars.personalId}\n`);
  }
  return done();
}

module.exports = { decideMistake, recordConfirmation };
