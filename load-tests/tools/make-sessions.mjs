// Prepares parent sessions for the confirmation benchmark: for each "id,dd/MM/yyyy" line of the input, looks the
// dossier up as a browser would and writes "cookie header<TAB>antiforgery token<TAB>data version" of its confirm form.
// Usage: node make-sessions.mjs BASE_URL PAIRS_FILE COUNT OUTPUT_FILE
import { readFileSync, writeFileSync } from 'node:fs';

const [baseUrl, pairsFile, countText, outputFile] = process.argv.slice(2);
const count = Number(countText);
const pairs = readFileSync(pairsFile, 'utf8').trim().split('\n').slice(0, count).map((line) => line.split(','));

function cookiesFrom(response, jar) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const [name] = pair.split('=');
    jar.set(name, pair);
  }
}

const cookieHeader = (jar) => [...jar.values()].join('; ');
const tokenIn = (html, formId) => {
  const form = formId ? html.slice(html.indexOf(`id="${formId}"`)) : html;
  return /name="__RequestVerificationToken" type="hidden" value="([^"]+)"/.exec(form)?.[1];
};

async function prepare([id, birthDate]) {
  const jar = new Map();
  const home = await fetch(`${baseUrl}/`);
  cookiesFrom(home, jar);
  const homeToken = tokenIn(await home.text());

  const lookup = await fetch(`${baseUrl}/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ PersonalId: id, BirthDate: birthDate, __RequestVerificationToken: homeToken }),
  });
  cookiesFrom(lookup, jar);
  if (lookup.status !== 302) {
    throw new Error(`lookup returned status ${lookup.status}, expected 302`);
  }

  const page = await fetch(`${baseUrl}/ho-so`, { headers: { Cookie: cookieHeader(jar) } });
  cookiesFrom(page, jar);
  const html = await page.text();
  const version = /name="DataVersion" value="(\d+)"/.exec(html)?.[1];
  const token = tokenIn(html, 'confirm-form');
  if (!version || !token) {
    throw new Error('no confirm form on the dossier page');
  }

  return `${cookieHeader(jar)}\t${token}\t${version}`;
}

const lines = [];
let failures = 0;
let next = 0;
async function worker() {
  while (next < pairs.length) {
    const pair = pairs[next++];
    try {
      lines.push(await prepare(pair));
    } catch {
      failures++;
    }
  }
}

await Promise.all(Array.from({ length: 16 }, worker));
writeFileSync(outputFile, lines.join('\n') + '\n');
console.error(`prepared ${lines.length} sessions, ${failures} failed`);
