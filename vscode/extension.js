// The RSNet extension is a thin client: everything the editor shows comes from the RSNet language
// server (`rsnet lsp`, bundled as server/rsnet.jar), which any LSP client can use. This file only
// starts it with a JDK found by java.js, and shows the Markdown the server's commands return.
'use strict';

const vscode = require('vscode');
const path = require('path');
const { LanguageClient, ExecuteCommandRequest } = require('vscode-languageclient/node');
const { MINIMUM_JAVA, findJava, serverJvmOptions } = require('./java');

const REPORT_SCHEME = 'rsnet-report';
// Server commands whose Markdown answer is shown in a preview (code lenses run them too).
const REPORT_COMMANDS = new Set(['rsnet.simulationReport', 'rsnet.effectiveRoutes']);

let client;
const reports = new Map();
const reportChanges = new vscode.EventEmitter();

function serverOptions(context, java, version) {
  const jar = context.asAbsolutePath(path.join('server', 'rsnet.jar'));
  const maxHeap = vscode.workspace.getConfiguration('rsnet').get('server.maxHeap');
  const args = [...serverJvmOptions(version, maxHeap), '-jar', jar, 'lsp'];
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

  const found = findJava({
    configuredHome: vscode.workspace.getConfiguration('rsnet').get('java.home'),
    javaHome: process.env.JAVA_HOME,
  });
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

module.exports = { activate, deactivate };
