// The RSNet extension is a thin client: everything the editor shows comes from the RSNet language
// server (`rsnet lsp`, bundled as server/rsnet.jar), which any LSP client can use. This file only
// finds a JDK to run it, starts it, and shows the Markdown the server's commands return.
'use strict';

const vscode = require('vscode');
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');
const { LanguageClient, ExecuteCommandRequest } = require('vscode-languageclient/node');

const MINIMUM_JAVA = 21;
const REPORT_SCHEME = 'rsnet-report';
// Server commands whose Markdown answer is shown in a preview (code lenses run them too).
const REPORT_COMMANDS = new Set(['rsnet.simulationReport', 'rsnet.effectiveRoutes']);

let client;
const reports = new Map();
const reportChanges = new vscode.EventEmitter();

/** The major version `java -version` reports (on stderr), or undefined when it cannot run. */
function javaVersion(java) {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 15000 });
  return run.error ? undefined : parseJavaVersion(`${run.stderr || ''}${run.stdout || ''}`);
}

function parseJavaVersion(text) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text || '');
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/**
 * The first JDK >= 21 among: the rsnet.java.home setting, JAVA_HOME, `java` on PATH. Returns
 * { java, version } or { problems } listing what was tried, for the message to the user.
 */
function findJava() {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const candidates = [];
  const configured = vscode.workspace.getConfiguration('rsnet').get('java.home');
  if (configured) {
    candidates.push({ origin: `rsnet.java.home (${configured})`, java: path.join(configured, 'bin', exe) });
  }
  if (process.env.JAVA_HOME) {
    candidates.push({ origin: `JAVA_HOME (${process.env.JAVA_HOME})`, java: path.join(process.env.JAVA_HOME, 'bin', exe) });
  }
  candidates.push({ origin: 'java on PATH', java: exe });
  const problems = [];
  for (const candidate of candidates) {
    if (candidate.java !== exe && !fs.existsSync(candidate.java)) {
      problems.push(`${candidate.origin}: no ${candidate.java}`);
      continue;
    }
    const version = javaVersion(candidate.java);
    if (version === undefined) {
      problems.push(`${candidate.origin}: not found`);
    } else if (version < MINIMUM_JAVA) {
      problems.push(`${candidate.origin}: Java ${version}`);
    } else {
      return { java: candidate.java, version };
    }
  }
  return { problems };
}

function serverOptions(context, java, version) {
  const jar = context.asAbsolutePath(path.join('server', 'rsnet.jar'));
  // Guice warns on stderr about sun.misc.Unsafe from Java 23 on; the flag does not exist before.
  const args = version >= 23 ? ['--sun-misc-unsafe-memory-access=allow'] : [];
  args.push('-jar', jar, 'lsp');
  return { run: { command: java, args }, debug: { command: java, args } };
}

/** Shows Markdown from the server in a read-only preview, one per title, refreshed on each run. */
async function showReport(title, markdown) {
  const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${title}.md` });
  reports.set(uri.toString(), markdown);
  reportChanges.fire(uri);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

function activeRsnetEditor() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'rsnet') {
    vscode.window.showWarningMessage('RSNet: open a .rsnet file first.');
    return undefined;
  }
  return editor;
}

async function runServerCommand(command, args) {
  await client.start();
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

async function activate(context) {
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
    onDidChange: reportChanges.event,
    provideTextDocumentContent: (uri) => reports.get(uri.toString()) || '',
  }));

  const found = findJava();
  if (!found.java) {
    const action = await vscode.window.showErrorMessage(
      `RSNet needs a JDK ${MINIMUM_JAVA} or newer to run its language server. Tried: ${found.problems.join('; ')}. ` +
      'Set "rsnet.java.home" to a JDK folder, or install one (e.g. Temurin 21) and set JAVA_HOME.',
      'Open Settings');
    if (action === 'Open Settings') {
      vscode.commands.executeCommand('workbench.action.openSettings', 'rsnet.java.home');
    }
    return;
  }

  client = new LanguageClient('rsnet', 'RSNet', serverOptions(context, found.java, found.version), {
    documentSelector: [{ scheme: 'file', language: 'rsnet' }, { scheme: 'untitled', language: 'rsnet' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.rsnet') },
    middleware: {
      // A code lens runs a server command; its answer is a report to show, not to drop.
      executeCommand: async (command, args, next) => {
        const result = await next(command, args);
        if (REPORT_COMMANDS.has(command) && typeof result === 'string') {
          await showReport(command === 'rsnet.effectiveRoutes' ? 'RSNet effective routes' : 'RSNet simulation', result);
        }
        return result;
      },
    },
  });

  context.subscriptions.push(vscode.commands.registerCommand('rsnet.simulate', async () => {
    const editor = activeRsnetEditor();
    if (editor) {
      const markdown = await runServerCommand('rsnet.simulationReport', [editor.document.uri.toString()]);
      await showReport('RSNet simulation', markdown);
    }
  }));
  context.subscriptions.push(vscode.commands.registerCommand('rsnet.showEffectiveRoutes', async () => {
    const editor = activeRsnetEditor();
    if (editor) {
      const position = editor.selection.active;
      const markdown = await runServerCommand('rsnet.effectiveRoutes',
        [editor.document.uri.toString(), { line: position.line, character: position.character }]);
      await showReport('RSNet effective routes', markdown);
    }
  }));

  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, parseJavaVersion };
