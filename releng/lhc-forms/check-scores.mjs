// Renders every standard template's exported Questionnaire (FIXTURES/cases.json "render") in LHC-Forms (the lforms
// npm package) in headless Chromium and checks that it renders without error with every item present; then, for the
// scored forms ("forms"), fills them through LHC-Forms' widgets as a person would (pick each answer from the list) and
// compares the total and severity LHC-Forms calculates from our SDC expressions with the ones Casenotes' engine gave.
//   node check-scores.mjs FIXTURES_DIR [WORK_DIR]      exit 0 all rendered and equal, 1 a difference, 2 could not run
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
  if (url === '/favicon.ico') {
    response.writeHead(204);
    return response.end();
  }
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
  tab.on('console', message => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
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

/** The linkIds of the Questionnaire's items, in order, nested ones included. */
function linkIds(items, into = []) {
  for (const item of items ?? []) {
    into.push(item.linkId);
    linkIds(item.item, into);
  }
  return into;
}

/**
 * The help items (display items with the SDC item control "help"), by linkId, each with the linkId of the item it
 * explains: LHC-Forms shows such an item as that item's help button, not as an item of its own.
 */
function helpItems(items, parent = null, into = new Map()) {
  for (const item of items ?? []) {
    const help = item.type === 'display' && (item.extension ?? []).some(e => e.url.endsWith('questionnaire-itemControl')
      && (e.valueCodeableConcept?.coding ?? []).some(coding => coding.code === 'help'));
    if (help && parent) {
      into.set(item.linkId, parent);
    }
    helpItems(item.item, item.linkId, into);
  }
  return into;
}

/** A copy of the Questionnaire with every enableWhen and enableWhenExpression taken out, so that every item shows. */
function withoutConditions(questionnaire) {
  const copy = structuredClone(questionnaire);
  const lift = items => (items ?? []).forEach(item => {
    delete item.enableWhen;
    delete item.enableBehavior;
    item.extension = (item.extension ?? []).filter(e => !e.url.endsWith('sdc-questionnaire-enableWhenExpression'));
    if (item.extension.length === 0) {
      delete item.extension;
    }
    lift(item.item);
  });
  lift(copy.item);
  return copy;
}

/**
 * What LHC-Forms made of a rendered form: the linkIds of the items it shows on the page (each is an lhc-item element
 * with the id item-LINKID/1/..., the numbers being the repetition path), those of the items whose help button it
 * shows (help-button-LINKID/1/...) with the help text each holds, and the linkIds in its own form model.
 */
async function onPage(tab) {
  return tab.evaluate(() => {
    const linkId = (element, prefix) => element.id.slice(prefix.length).replace(/(\/\d+)+$/, '');
    const shown = new Set([...document.querySelectorAll('lhc-item[id^="item-"]')]
      .map(element => linkId(element, 'item-')));
    const helped = new Set([...document.querySelectorAll('[id^="help-button-"]')]
      .map(element => linkId(element, 'help-button-')));
    const known = new Set();
    const instructions = {};
    const walk = items => (items ?? []).forEach(item => {
      known.add(item.linkId);
      if (item.codingInstructions) {
        instructions[item.linkId] = item.codingInstructions;
      }
      walk(item.items);
    });
    walk(LForms.Util.getFormData(document.getElementById('form')).items);
    return { shown: [...shown], helped: [...helped], known: [...known], instructions };
  });
}

/** Whether LHC-Forms shows the item: as an item, or a help item as its item's help button holding its text. */
function isShown(page, linkId, help, texts) {
  if (help.has(linkId)) {
    const parent = help.get(linkId);
    return page.helped.includes(parent) && (page.instructions[parent] ?? '').includes(texts.get(linkId));
  }
  return page.shown.includes(linkId);
}

/**
 * Renders the Questionnaire as exported and checks: no error, every item in LHC-Forms' model, every item shown that is
 * not behind a condition (an item inside a conditional group is behind it too). Then renders it with the conditions
 * lifted and checks that every item is shown, so the conditional ones render as well once they apply.
 */
async function renders(entry, questionnaire = JSON.parse(fs.readFileSync(path.join(fixturesDir, entry.questionnaire),
  'utf8'))) {
  const all = linkIds(questionnaire.item);
  const help = helpItems(questionnaire.item);
  const texts = new Map();
  const text = items => (items ?? []).forEach(item => {
    texts.set(item.linkId, item.text ?? '');
    text(item.item);
  });
  text(questionnaire.item);
  const behind = new Set();
  const mark = (items, hidden) => (items ?? []).forEach(item => {
    const conditional = hidden || Boolean(item.enableWhen) || (item.extension ?? [])
      .some(e => e.url.endsWith('sdc-questionnaire-enableWhenExpression'));
    if (conditional) {
      behind.add(item.linkId);
    }
    mark(item.item, conditional);
  });
  mark(questionnaire.item, false);
  const problems = [];
  let asExported;
  let lifted;
  try {
    const tab = await render(questionnaire);
    asExported = await onPage(tab);
    await tab.close();
    const liftedTab = await render(withoutConditions(questionnaire));
    lifted = await onPage(liftedTab);
    await liftedTab.close();
  } catch (error) {
    return { form: entry.id, items: all.length, problems: [error.message] };
  }
  const missingFromModel = all.filter(linkId => !help.has(linkId) && !asExported.known.includes(linkId));
  const notShown = all.filter(linkId => !behind.has(linkId) && !isShown(asExported, linkId, help, texts));
  const notShownLifted = all.filter(linkId => !isShown(lifted, linkId, help, texts));
  if (new Set(all).size !== all.length) {
    problems.push('repeated linkIds');
  }
  if (missingFromModel.length) {
    problems.push(`not in LHC-Forms' form: ${missingFromModel.join(', ')}`);
  }
  if (notShown.length) {
    problems.push(`not shown though unconditional: ${notShown.join(', ')}`);
  }
  if (notShownLifted.length) {
    problems.push(`not shown with the conditions lifted: ${notShownLifted.join(', ')}`);
  }
  return { form: entry.id, items: all.length, inModel: all.length - missingFromModel.length,
    helpItems: help.size, shownAsExported: all.filter(linkId => isShown(asExported, linkId, help, texts)).length,
    behindConditions: behind.size,
    shownConditionsLifted: all.length - notShownLifted.length, problems };
}

const rendered = [];
let unrendered = 0;
const rows = [];
let differences = 0;
try {
  for (const entry of fixtures.render ?? []) {
    const row = await renders(entry);
    rendered.push(row);
    if (row.problems.length) {
      unrendered++;
    }
    console.log(`${row.problems.length ? 'NOT RENDERED' : 'renders'}  ${entry.id}: ${row.shownConditionsLifted ?? 0} of`
      + ` ${row.items} items shown (${row.shownAsExported ?? 0} as exported, ${row.behindConditions ?? 0} behind`
      + ` conditions, ${row.helpItems ?? 0} as help buttons)${row.problems.length ? '; ' + row.problems.join('; ') : ''}`);
  }
  // The check must be able to fail: the SOAP note with one question marked hidden (an item LHC-Forms leaves out) has
  // to be reported as not rendered, or the counting above proves nothing.
  const control = (fixtures.render ?? []).find(entry => entry.id === 'std.progress.SoapNote');
  if (control) {
    const broken = JSON.parse(fs.readFileSync(path.join(fixturesDir, control.questionnaire), 'utf8'));
    const question = broken.item[0].item.find(item => item.type !== 'display');
    (question.extension ??= []).push({ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
      valueBoolean: true });
    const caught = (await renders(control, broken)).problems.some(problem => problem.includes(question.linkId));
    console.log(`${caught ? 'control' : 'CONTROL MISSED'}  a hidden '${question.linkId}' in the SOAP note is`
      + ` ${caught ? '' : 'not '}reported as not rendered`);
    if (!caught) {
      unrendered++;
    }
  }
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
fs.writeFileSync(path.join(workDir, 'report.json'), JSON.stringify({ lforms: lformsVersion, chromium: version,
  rendered, rows }, null, 2));
const items = rendered.reduce((sum, row) => sum + row.items, 0);
const shownItems = rendered.reduce((sum, row) => sum + (row.problems.length ? 0 : row.items), 0);
console.log(`rendering: ${rendered.length - unrendered} of ${rendered.length} Questionnaires render with every item`
  + ` (${shownItems} of ${items} items)`);
console.log(`scores: ${rows.length - differences} passed, ${differences} failed   (lforms ${lformsVersion}, ${version})`);
process.exit(differences === 0 && unrendered === 0 ? 0 : 1);
