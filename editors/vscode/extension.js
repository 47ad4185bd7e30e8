// A small Language Server Protocol client for `netplan lsp`, written against
// VS Code's own API and Node's child_process only: no npm packages.
//
// It starts the server, frames JSON-RPC messages with Content-Length, sends
// the full text of .netplan documents on open and change, shows the
// diagnostics the server publishes, and forwards hover, definition,
// references, completion, document symbols, formatting and rename. It is not
// a general client: no incremental sync, no workspace features, and the
// server is restarted only by the "netplan: Restart Language Server" command.
'use strict';

const vscode = require('vscode');
const childProcess = require('child_process');

const LANGUAGE = 'netplan';
let client = null;

class Client {
  constructor(context) {
    this.output = vscode.window.createOutputChannel('netplan');
    this.diagnostics = vscode.languages.createDiagnosticCollection('netplan');
    this.pending = new Map();
    this.nextId = 1;
    this.buffer = Buffer.alloc(0);
    this.ready = null;
    this.process = null;
    context.subscriptions.push(this.output, this.diagnostics);
  }

  config() {
    return vscode.workspace.getConfiguration('netplan');
  }

  log(text) {
    this.output.appendLine(text);
  }

  start() {
    const command = this.config().get('server.path') || 'netplan';
    this.log(`starting ${command} lsp`);
    const proc = childProcess.spawn(command, ['lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process = proc;
    proc.on('error', (error) => {
      const hint = error.code === 'ENOENT'
        ? `\`${command}\` was not found. Put netplan on your PATH or set "netplan.server.path".`
        : String(error);
      vscode.window.showErrorMessage(`netplan language server: ${hint}`);
      this.fail(error);
    });
    proc.on('exit', (code, signal) => {
      this.log(`the server stopped (code ${code}, signal ${signal})`);
      if (this.process === proc) {
        this.process = null;
        this.fail(new Error('the netplan language server stopped'));
        if (!this.stopping) {
          vscode.window.showWarningMessage(
            'The netplan language server stopped. Run "netplan: Restart Language Server" to start it again. ' +
            'If `netplan` is another program on this machine (Ubuntu has a network tool of that name), set "netplan.server.path".');
        }
      }
    });
    proc.stderr.on('data', (chunk) => this.log(chunk.toString('utf8').trimEnd()));
    proc.stdout.on('data', (chunk) => this.receive(chunk));

    const language = this.config().get('server.language') || '';
    this.ready = this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'vscode', version: vscode.version },
      locale: vscode.env.language,
      rootUri: null,
      capabilities: {
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
        },
        general: { positionEncodings: ['utf-16'] },
      },
      initializationOptions: language ? { language } : {},
    }).then(() => {
      this.notify('initialized', {});
      vscode.workspace.textDocuments.forEach((document) => this.didOpen(document));
    });
    this.ready.catch((error) => this.log(`initialize failed: ${error.message}`));
  }

  async stop() {
    if (!this.process) return;
    this.stopping = true;
    const proc = this.process;
    try {
      await Promise.race([this.request('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify('exit');
    } catch (error) {
      // The server is gone already.
    }
    setTimeout(() => proc.kill(), 1000);
    this.process = null;
    this.stopping = false;
  }

  fail(error) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  // Content-Length framing.
  send(message) {
    if (!this.process) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    if (this.config().get('trace.server')) this.log(`--> ${body.toString('utf8')}`);
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.slice(0, headerEnd).toString('ascii');
      const match = /content-length:\s*(\d+)/i.exec(header);
      if (!match) {
        this.log(`a message without Content-Length: ${header}`);
        this.buffer = this.buffer.slice(headerEnd + 4);
        continue;
      }
      const length = Number(match[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.slice(headerEnd + 4 + length);
      if (this.config().get('trace.server')) this.log(`<-- ${body}`);
      try {
        this.dispatch(JSON.parse(body));
      } catch (error) {
        this.log(`cannot read a message from the server: ${error.message}`);
      }
    }
  }

  dispatch(message) {
    if (message.id !== undefined && message.method === undefined) {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const uri = vscode.Uri.parse(message.params.uri);
      this.diagnostics.set(uri, message.params.diagnostics.map(toDiagnostic));
    } else if (message.id !== undefined) {
      // A request from the server; we support none.
      this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'not supported by this client' } });
    }
  }

  request(method, params, token) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
      if (token && token.onCancellationRequested) {
        token.onCancellationRequested(() => {
          if (this.pending.delete(id)) {
            this.notify('$/cancelRequest', { id });
            resolve(null);
          }
        });
      }
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  // Document synchronisation: the full text on open, then the changes.
  didOpen(document) {
    if (document.languageId !== LANGUAGE) return;
    this.notify('textDocument/didOpen', {
      textDocument: { uri: document.uri.toString(), languageId: LANGUAGE, version: document.version, text: document.getText() },
    });
  }

  didChange(event) {
    const document = event.document;
    if (document.languageId !== LANGUAGE || event.contentChanges.length === 0) return;
    this.notify('textDocument/didChange', {
      textDocument: { uri: document.uri.toString(), version: document.version },
      // Incremental sync, as the server asks: only the ranges that changed,
      // in the order VS Code made them (positions in UTF-16, as LSP counts).
      contentChanges: event.contentChanges.map((change) => ({
        range: {
          start: { line: change.range.start.line, character: change.range.start.character },
          end: { line: change.range.end.line, character: change.range.end.character },
        },
        rangeLength: change.rangeLength,
        text: change.text,
      })),
    });
  }

  didClose(document) {
    if (document.languageId !== LANGUAGE) return;
    this.notify('textDocument/didClose', { textDocument: { uri: document.uri.toString() } });
    this.diagnostics.delete(document.uri);
  }

  didSave(document) {
    if (document.languageId !== LANGUAGE) return;
    this.notify('textDocument/didSave', { textDocument: { uri: document.uri.toString() } });
  }

  // A request at a position, once the server is initialized; failures become `undefined`.
  async at(method, document, position, token, extra) {
    await this.ready;
    const params = Object.assign({ textDocument: { uri: document.uri.toString() }, position: fromPosition(position) }, extra);
    return this.request(method, params, token);
  }
}

// Conversions between LSP JSON and VS Code objects. Both count UTF-16 code units.
function toPosition(p) {
  return new vscode.Position(p.line, p.character);
}

function toRange(r) {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

function fromPosition(p) {
  return { line: p.line, character: p.character };
}

function toLocation(l) {
  return new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range));
}

function toDiagnostic(d) {
  const severities = [null, vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning,
    vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];
  const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, severities[d.severity] ?? vscode.DiagnosticSeverity.Error);
  diagnostic.source = d.source;
  diagnostic.code = d.code;
  if (d.relatedInformation) {
    diagnostic.relatedInformation = d.relatedInformation.map(
      (r) => new vscode.DiagnosticRelatedInformation(toLocation(r.location), r.message));
  }
  return diagnostic;
}

function toTextEdit(e) {
  return vscode.TextEdit.replace(toRange(e.range), e.newText);
}

function toSymbol(s) {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail || '', Math.max(0, s.kind - 1), toRange(s.range), toRange(s.selectionRange));
  symbol.children = (s.children || []).map(toSymbol);
  return symbol;
}

function toCompletionItem(i) {
  const item = new vscode.CompletionItem(i.label, i.kind ? i.kind - 1 : undefined);
  item.detail = i.detail;
  item.sortText = i.sortText;
  item.filterText = i.filterText;
  if (i.textEdit) {
    item.range = toRange(i.textEdit.range);
    item.insertText = i.textEdit.newText;
  } else if (i.insertText) {
    item.insertText = i.insertText;
  }
  return item;
}

function quietly(promise) {
  return promise.catch((error) => {
    client.log(error.message);
    return undefined;
  });
}

function activate(context) {
  client = new Client(context);
  client.start();
  const selector = { language: LANGUAGE };
  const subscriptions = context.subscriptions;

  subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => client.didOpen(d)),
    vscode.workspace.onDidChangeTextDocument((e) => client.didChange(e)),
    vscode.workspace.onDidCloseTextDocument((d) => client.didClose(d)),
    vscode.workspace.onDidSaveTextDocument((d) => client.didSave(d)),
    vscode.commands.registerCommand('netplan.restartServer', async () => {
      await client.stop();
      client.start();
    }),

    vscode.languages.registerHoverProvider(selector, {
      provideHover: (document, position, token) => quietly(client.at('textDocument/hover', document, position, token)
        .then((h) => h && new vscode.Hover(new vscode.MarkdownString(h.contents.value ?? String(h.contents)), h.range && toRange(h.range)))),
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition: (document, position, token) => quietly(client.at('textDocument/definition', document, position, token)
        .then((ls) => ls && [].concat(ls).map(toLocation))),
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences: (document, position, context, token) => quietly(client.at('textDocument/references', document, position, token,
        { context: { includeDeclaration: context.includeDeclaration } }).then((ls) => ls && ls.map(toLocation))),
    }),
    vscode.languages.registerCompletionItemProvider(selector, {
      provideCompletionItems: (document, position, token) => quietly(client.at('textDocument/completion', document, position, token)
        .then((r) => r && (Array.isArray(r) ? r : r.items).map(toCompletionItem))),
    }, ' ', ':', ','),
    vscode.languages.registerDocumentSymbolProvider(selector, {
      provideDocumentSymbols: async (document, token) => {
        await client.ready;
        return quietly(client.request('textDocument/documentSymbol', { textDocument: { uri: document.uri.toString() } }, token)
          .then((ss) => ss && ss.map(toSymbol)));
      },
    }),
    vscode.languages.registerDocumentFormattingEditProvider(selector, {
      provideDocumentFormattingEdits: async (document, options, token) => {
        await client.ready;
        return quietly(client.request('textDocument/formatting', {
          textDocument: { uri: document.uri.toString() },
          options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces },
        }, token).then((es) => (es || []).map(toTextEdit)));
      },
    }),
    vscode.languages.registerRenameProvider(selector, {
      // Errors are thrown on purpose here: VS Code shows their message ("only participants ... can be renamed").
      prepareRename: (document, position, token) => client.at('textDocument/prepareRename', document, position, token)
        .then((r) => {
          if (!r) throw new Error('nothing to rename here');
          return { range: toRange(r.range), placeholder: r.placeholder };
        }),
      provideRenameEdits: (document, position, newName, token) => client.at('textDocument/rename', document, position, token, { newName })
        .then((r) => {
          const edit = new vscode.WorkspaceEdit();
          for (const [uri, edits] of Object.entries((r && r.changes) || {})) {
            edit.set(vscode.Uri.parse(uri), edits.map(toTextEdit));
          }
          return edit;
        }),
    }),
  );
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
