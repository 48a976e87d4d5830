// End-to-end test of the RSNet extension in a real VS Code: code-server with target/rsnet.vsix
// installed, driven by headless Chromium. Run it through run-e2e.sh, which cuts both off from the
// network (loopback only). It fails (exit 1) at the first expectation that does not hold and leaves
// screenshots of every step in target/e2e/.
//
// Environment: CODE_SERVER (its launcher), NODE24 (the Node that runs it), JAVA_HOME (a JDK >= 21 for
// the language server), CHROMIUM (default /usr/bin/chromium).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn, execFileSync } = require('child_process');
const puppeteer = require('puppeteer-core');

const extensionDir = path.resolve(__dirname, '..');
const repository = path.resolve(extensionDir, '..');
const vsix = path.join(extensionDir, 'target', 'rsnet.vsix');
const shots = path.join(extensionDir, 'target', 'e2e');
const port = 18000 + Math.floor(Math.random() * 1000);
const STEP_TIMEOUT = 60000;

function required(name) {
  if (!process.env[name]) {
    throw new Error(`${name} is not set (see run-e2e.sh)`);
  }
  return process.env[name];
}

// A real design from examples/, and a second file of its network with a misspelled NVA (fw3).
const EXAMPLE = fs.readFileSync(path.join(repository, 'examples', 'panos-active-standby.rsnet'), 'utf8');
const NETWORK = /^network (\S+)/m.exec(EXAMPLE)[1];
const BROKEN = `network ${NETWORK}\n\nexpect route spoke1.workload 0.0.0.0/0 via fw3\n`;

/** 1-based line and column of the first `search` in `text`, plus `delta` columns. */
function find(text, search, delta = 0) {
  const offset = text.indexOf(search);
  if (offset < 0) {
    throw new Error(`'${search}' is not in the test model`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 + delta };
}

function workspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rsnet-e2e-'));
  const folder = path.join(root, 'workspace');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'hub.rsnet'), EXAMPLE);
  fs.writeFileSync(path.join(folder, 'broken.rsnet'), BROKEN);
  const userData = path.join(root, 'user-data');
  // code-server reads machine-scoped settings (rsnet.java.home) from Machine/, the others from User/.
  fs.mkdirSync(path.join(userData, 'Machine'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'Machine', 'settings.json'),
    JSON.stringify({ 'rsnet.java.home': required('JAVA_HOME') }, null, 2));
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'rsnet.java.home': required('JAVA_HOME'),
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'editor.hover.delay': 200,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
  }, null, 2));
  return { root, folder, userData, extensions: path.join(root, 'extensions') };
}

function codeServerEnv() {
  return { ...process.env, PATH: `${path.dirname(required('NODE24'))}:${process.env.PATH}` };
}

function installExtension(dirs) {
  execFileSync(required('CODE_SERVER'), ['--install-extension', vsix, '--extensions-dir', dirs.extensions,
    '--user-data-dir', dirs.userData], { env: codeServerEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
}

function startCodeServer(dirs) {
  const server = spawn(required('CODE_SERVER'), ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, dirs.folder],
  { env: codeServerEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = fs.createWriteStream(path.join(shots, 'code-server.log'));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  return server;
}

function waitForHttp(url, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      http.get(url, (response) => { response.resume(); resolve(); }).on('error', () => {
        if (Date.now() > deadline) {
          reject(new Error(`${url} did not answer`));
        } else {
          setTimeout(attempt, 250);
        }
      });
    };
    attempt();
  });
}

let step = 0;
async function shot(page, name) {
  step += 1;
  await page.screenshot({ path: path.join(shots, `${String(step).padStart(2, '0')}-${name}.png`) });
}

/** The text of the elements matching `selector`; Monaco renders spaces as no-break spaces. */
function textOf(page, selector) {
  return page.$$eval(selector, (elements) => elements.map((e) => e.innerText).join('\n'))
    .then((text) => text.replace(/\u00a0/g, ' ')).catch(() => '');
}

/** Waits until the text of the elements matching `selector` satisfies `predicate`; returns that text. */
async function waitForText(page, selector, predicate, what) {
  const text = await waitForTextWithin(page, selector, predicate, STEP_TIMEOUT);
  if (text !== undefined) {
    return text;
  }
  await shot(page, 'failed');
  throw new Error(`${what}: not seen in ${STEP_TIMEOUT / 1000}s; last text of ${selector}: ${JSON.stringify(await textOf(page, selector))}`);
}

/**
 * Does `action` and waits for its effect; does it again (at most 3 times) when nothing shows within
 * 10 s, as a user would when a keystroke reached the workbench while it was busy.
 */
async function retrying(page, what, action, selector, predicate) {
  for (let attempt = 1; attempt < 3; attempt++) {
    await action();
    const text = await waitForTextWithin(page, selector, predicate, 10000);
    if (text !== undefined) {
      return text;
    }
    await page.keyboard.press('Escape');
  }
  await action();
  return waitForText(page, selector, predicate, what);
}

async function waitForTextWithin(page, selector, predicate, millis) {
  const deadline = Date.now() + millis;
  while (Date.now() < deadline) {
    const text = await textOf(page, selector);
    if (predicate(text)) {
      return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
}

/** Waits until some frame (webviews such as the Markdown preview are frames) shows `text`. */
async function waitForFrameText(page, text, what) {
  const deadline = Date.now() + STEP_TIMEOUT;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const body = await frame.evaluate(() => (document.body ? document.body.innerText : '')).catch(() => '');
      if (body.includes(text)) {
        return body;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await shot(page, 'failed');
  throw new Error(`${what}: no frame showed ${JSON.stringify(text)} in ${STEP_TIMEOUT / 1000}s`);
}

async function command(page, name) {
  // F1 is sometimes swallowed while the workbench is busy: ask again before giving up.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const opened = await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 5000 })
      .then(() => true, () => false);
    if (opened) {
      break;
    }
    if (attempt === 3) {
      await shot(page, 'failed');
      throw new Error(`the command palette did not open for ${name}`);
    }
    await page.keyboard.press('Escape');
  }
  await page.keyboard.type(name);
  await waitForText(page, '.quick-input-list .monaco-list-row.focused', (text) => text.includes(name), `command ${name}`);
  await page.keyboard.press('Enter');
}

async function openFile(page, name) {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyP');
  await page.keyboard.up('Control');
  await page.waitForSelector('.quick-input-widget input', { visible: true });
  await page.keyboard.type(name);
  // Enter opens the focused row, which is the match only once the list has been filtered.
  await waitForText(page, '.quick-input-list .monaco-list-row.focused', (text) => text.replace(/\s+/g, '').includes(name),
    `quick open ${name}`);
  await page.keyboard.press('Enter');
  await waitForText(page, '.tab.active', (text) => text.replace(/\s+/g, '').includes(name), `editor tab ${name}`);
}

async function clickTab(page, name) {
  for (const tab of await page.$$('.tab')) {
    const text = await tab.evaluate((element) => element.innerText);
    if (text.replace(/\s+/g, '').includes(name)) {
      await tab.click();
      await waitForText(page, '.tab.active', (active) => active.replace(/\s+/g, '').includes(name), `editor tab ${name}`);
      return;
    }
  }
  throw new Error(`no editor tab ${name}`);
}

async function goTo(page, line, column) {
  await command(page, 'Go to Line/Column');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

async function run() {
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const dirs = workspace();
  installExtension(dirs);
  const server = startCodeServer(dirs);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(dirs.root, 'chromium')}`],
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, Date.now() + STEP_TIMEOUT);
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.folder)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: STEP_TIMEOUT });

    // 1. The language mode of a .rsnet file is RSNet.
    await openFile(page, 'hub.rsnet');
    await waitForText(page, '#status\\.editor\\.mode', (text) => text.trim() === 'RSNet', 'language mode RSNet');
    await shot(page, 'language-mode');

    // 2. The server's error for the broken model is in Problems, on line 3.
    await openFile(page, 'broken.rsnet');
    await command(page, 'View: Toggle Problems');
    const problems = await waitForText(page, '.markers-panel .monaco-list-row',
      (text) => text.includes("no NVA or gateway named 'fw3'") && text.includes(`Ln ${find(BROKEN, 'fw3').line}`),
      'the error in Problems');
    console.log(`problems: ${problems.replace(/\s+/g, ' ')}`);
    await shot(page, 'problems');

    // 3. Quick fix: Change to 'fw1' resolves the reference; Problems empties.
    const misspelled = find(BROKEN, 'fw3', 1);
    await goTo(page, misspelled.line, misspelled.column);
    await command(page, 'Quick Fix...');
    await waitForText(page, '.action-widget, .context-view', (text) => text.includes("Change to 'fw1'"), 'quick fix offered');
    await shot(page, 'quick-fix');
    await page.keyboard.press('Enter');
    await waitForText(page, '.view-lines', (text) => text.includes('via fw1'), 'quick fix applied');
    await waitForText(page, '.markers-panel', (text) => !text.includes('fw3'), 'error gone after the fix');
    await shot(page, 'quick-fix-applied');

    // 4. Completion after `vendor` lists the vendors.
    await openFile(page, 'hub.rsnet');
    await goTo(page, EXAMPLE.split('\n').length, 1);
    await page.keyboard.type('nva fw9 vendor ');
    const suggestions = await retrying(page, 'vendor completion', async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('Space');
      await page.keyboard.up('Control');
    }, '.suggest-widget .monaco-list-row', (text) => text.includes('panos') && text.includes('exabgp') && text.includes('frr'));
    console.log(`completion: ${suggestions.replace(/\s+/g, ' ')}`);
    await shot(page, 'completion');
    await page.keyboard.press('Escape');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Home');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Backspace');
    // The status bar counts errors, then warnings.
    await waitForText(page, '#status\\.problems', (text) => text.trim().split(/\s+/)[0] === '0', 'no errors left');

    // 5. Hovering a subnet shows its effective routes, simulated.
    const subnet = find(EXAMPLE, 'subnet workload', 'subnet '.length + 1);
    await goTo(page, subnet.line, subnet.column);
    await command(page, 'Show or Focus Hover');
    const hover = await waitForText(page, '.monaco-hover', (text) => text.includes('Effective routes')
      && text.includes('VirtualNetworkGateway') && text.includes('10.0.3.4'), 'hover with effective routes');
    console.log(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 300)}`);
    await shot(page, 'hover-effective-routes');
    await page.keyboard.press('Escape');

    // 6. Code lenses over the Route Server and the NVAs summarize the simulation.
    const server = find(EXAMPLE, 'route-server ');
    await goTo(page, server.line, server.column);
    const lenses = await waitForText(page, '.codelens-decoration', (text) => text.includes('sessions up')
      && text.includes('routes learned'), 'code lenses');
    console.log(`code lenses: ${lenses.replace(/\s+/g, ' ').slice(0, 200)}`);

    // 7. The commands open their Markdown in a preview.
    await command(page, 'RSNet: Show Effective Routes');
    await waitForText(page, '.tab', (text) => text.includes('RSNet effective routes'), 'effective routes preview');
    // A preview (a webview) keeps the keyboard; clicking the model's tab gives it back to the editor.
    await clickTab(page, 'hub.rsnet');
    await command(page, 'RSNet: Simulate');
    await waitForText(page, '.tab', (text) => text.includes('RSNet simulation'), 'simulation report preview');
    await waitForFrameText(page, `Network ${NETWORK} (baseline)`, 'the report in the preview');
    await shot(page, 'simulation-report');
    console.log(`vscode-e2e: all steps passed; screenshots in ${shots}`);
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch (alreadyGone) {
      // code-server exited on its own
    }
  }
}

run().catch((error) => {
  console.error(`vscode-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
