import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../src/report';

test('the policy forbids everything by default and allows only inline and webview-local resources', () => {
  const csp = contentSecurityPolicy('vscode-resource:');
  assert.ok(csp.startsWith("default-src 'none'"));
  assert.ok(!/https?:/.test(csp));
  assert.ok(csp.includes("script-src 'unsafe-inline' vscode-resource:"));
});

test('the policy goes first into <head>, whatever its attributes, or in front of a headless document', () => {
  const withHead = withContentSecurityPolicy('<!doctype html><HTML><Head lang="nl"><style>x</style></Head></HTML>', 'src:');
  assert.match(withHead, /^<!doctype html><HTML><Head lang="nl"><meta http-equiv="Content-Security-Policy" content="[^"]+"><style>/);
  const headless = withContentSecurityPolicy('<p>rood</p>', 'src:');
  assert.match(headless, /^<meta http-equiv="Content-Security-Policy" content="[^"]+"><p>rood<\/p>$/);
});
