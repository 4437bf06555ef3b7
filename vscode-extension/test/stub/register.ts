/**
 * Loaded with `node --require` before the tests: makes `require('vscode')` resolve to the stub.
 * VS Code injects the real module only inside the extension host.
 */
import Module = require('module');
import * as path from 'path';

const stub = path.join(__dirname, 'vscode.js');
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'vscode') return stub;
  return original.call(this, request, ...rest);
};
