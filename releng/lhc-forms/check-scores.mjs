// Renders each exported Questionnaire of FIXTURES/cases.json in LHC-Forms (the lforms npm package) in headless
// Chromium, fills it through its widgets as a person would (type the answer, pick it from the list), and compares
// the total and severity LHC-Forms calculates from our SDC expressions with the ones Casenotes' form engine gave.
//   node check-scores.mjs FIXTURES_DIR [WORK_DIR]      exit 0 all equal, 1 a difference, 2 could not run
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const [fixturesDir, workDir = path.join(here, 'work')] = process.argv.slice(2);
if (!fixturesDir) {
  console.error('usage: node check-scores.mjs FIXTURES_DIR [WORK_DIR]');
  process.exit(2);
}
const chromium = process.env.CHROMIUM;
if (!chromium || !fs.existsSync(chromium)) {
  console.error(`no Chromium at '${chromium}': set CHROMIUM (Debian: apt-get install chromium)`);
  process.exit(2);
}
const lforms = path.join(here, 'node_modules', 'lforms', 'dist', 'lforms');
const lformsVersion = JSON.parse(fs.readFileSync(path.join(here, 'node_modules', 'lforms', 'package.json'))).version;
const fixtures = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'cases.json'), 'utf8'));

// The page loads LHC-Forms as its README says (styles, zone, runtime, polyfills, main), then the R4 support.
// Scripts are served as UTF-8: the FHIRPath parser inside lformsFHIR is an ANTLR grammar whose serialized form is
// not ASCII, and read as Latin-1 it fails to load.
const page = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/lforms/webcomponent/styles.css"></head><body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script></body></html>`;
const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };
const server = http.createServer((request, response) => {
  const url = decodeURIComponent(request.url.split('?')[0]);
  if (url === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(page);
  }
  const file = path.join(lforms, url.replace(/^\/lforms\//, ''));
  if (!url.startsWith('/lforms/') || !file.startsWith(lforms) || !fs.existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(response);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Picks an answer the way a person does: click into the field, which opens its list of answers, and click the answer.
 * Then ask LHC-Forms what the field holds: a form that grows while it is filled (the SOAP note shows a safety question
 * after some answers) can move the list under the pointer, so a pick that did not take is made again, up to 3 times.
 */
async function choose(tab, linkId, label) {
  const selector = `input[id^="${linkId}/"]`;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await tab.waitForSelector(selector, { visible: true, timeout: 10000 });
    await tab.$eval(selector, input => input.scrollIntoView({ block: 'center' }));
    await tab.click(selector);
    await tab.waitForSelector('#completionOptions li', { visible: true, timeout: 10000 });
    let clicked = false;
    for (const option of await tab.$$('#completionOptions li')) {
      const text = await option.evaluate(li => li.textContent.replace(/\u00a0/g, ' ').replace(/^\s*\d+:\s*/, '')
        .trim());
      if (text === label || text.startsWith(`${label} - `)) {
        await option.click();
        clicked = true;
        break;
      }
    }
    await tab.keyboard.press('Escape');
    await tab.waitForSelector('#completionOptions', { hidden: true, timeout: 5000 }).catch(() => {});
    if (!clicked) {
      throw new Error(`LHC-Forms offers no answer '${label}' for ${linkId}`);
    }
    if ((await held(tab))[linkId]?.includes(label)) {
      return attempt;
    }
  }
  throw new Error(`LHC-Forms did not take the answer '${label}' for ${linkId} in 3 tries`);
}

/** The answers LHC-Forms holds, by linkId, from the QuestionnaireResponse it makes. */
async function held(tab) {
  const response = await tab.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4',
    document.getElementById('form')));
  const given = {};
  const walk = items => (items ?? []).forEach(item => {
    (item.answer ?? []).forEach(answer => {
      if (answer.valueCoding) {
        (given[item.linkId] ??= []).push(answer.valueCoding.display);
      }
    });
    walk(item.item);
  });
  walk(response.item);
  return given;
}

async function shown(tab, linkId) {
  return tab.$eval(`input[id^="${linkId}/"]`, input => input.value).catch(() => null);
}

async function render(questionnaire) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', error => errors.push(String(error)));
  await tab.goto(base);
  await tab.waitForFunction(() => window.LForms && window.LForms.Util, { timeout: 30000 });
  await tab.addScriptTag({ url: '/lforms/fhir/R4/lformsFHIR.min.js' });
  await tab.waitForFunction(() => window.LForms.FHIR && window.LForms.FHIR.R4, { timeout: 30000 });
  const added = await tab.evaluate(async q => {
    try {
      await LForms.Util.addFormToPage(q, 'form', { fhirVersion: 'R4' });
      return null;
    } catch (e) {
      return String(e);
    }
  }, questionnaire);
  if (added || errors.length) {
    throw new Error(`LHC-Forms did not render it: ${added ?? ''} ${errors.join('; ')}`);
  }
  return tab;
}

const rows = [];
let differences = 0;
try {
  for (const form of fixtures.forms) {
    const questionnaire = JSON.parse(fs.readFileSync(path.join(fixturesDir, form.questionnaire), 'utf8'));
    for (const c of form.cases) {
      const tab = await render(questionnaire);
      for (const [linkId, labels] of Object.entries(form.setup)) {
        for (const label of labels) {
          await choose(tab, linkId, label);
        }
      }
      let retries = 0;
      for (const [linkId, label] of Object.entries(c.answers)) {
        retries += (await choose(tab, linkId, label)) - 1;
      }
      await tab.keyboard.press('Tab');
      await pause(300);
      const total = await shown(tab, form.total);
      const severity = await shown(tab, form.severity);
      const given = await held(tab);
      const unlike = Object.entries(c.answers).filter(([linkId, label]) => !given[linkId]?.includes(label))
        .map(([linkId, label]) => `${linkId}: asked '${label}', LHC-Forms holds '${given[linkId] ?? 'nothing'}'`);
      const same = String(total) === String(c.total) && severity === c.severity;
      if (!same) {
        differences++;
      }
      rows.push({ form: form.title, case: c.name, lhcTotal: total, ourTotal: c.total, lhcSeverity: severity,
        ourSeverity: c.severity, answersNotAsAsked: unlike, picksRepeated: retries, same });
      console.log(`${same ? 'same' : 'DIFFERENT'}  ${form.title}, ${c.name}: LHC-Forms total ${total} (${severity}),`
        + ` Casenotes ${c.total} (${c.severity})${unlike.length ? '; ' + unlike.join('; ') : ''}`);
      await tab.close();
    }
  }
} catch (error) {
  console.error(`could not run: ${error.message}`);
  await browser.close();
  server.close();
  process.exit(2);
}
await browser.close();
server.close();
fs.mkdirSync(workDir, { recursive: true });
const version = (await import('node:child_process')).execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
fs.writeFileSync(path.join(workDir, 'report.json'), JSON.stringify({ lforms: lformsVersion, chromium: version, rows },
  null, 2));
console.log(`${rows.length - differences} passed, ${differences} failed   (lforms ${lformsVersion}, ${version})`);
process.exit(differences === 0 ? 0 : 1);
