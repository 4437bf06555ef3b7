import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ServerLocation } from '../../src/serverLocation';
import { type ClientHandle, ServerManager, type ServerManagerDeps } from '../../src/serverManager';
import { readSettings, type Settings } from '../../src/settings';

interface Harness {
  manager: ServerManager;
  errors: string[];
  created: string[];
  settingsOpened: number;
  outputShown: number;
}

function harness(options: { location: ServerLocation; client?: (fatal: (r: string) => void) => ClientHandle; taal?: 'nl' | 'en'; choice?: (actions: string[]) => string | undefined }): Harness {
  const h: Harness = { manager: undefined as unknown as ServerManager, errors: [], created: [], settingsOpened: 0, outputShown: 0 };
  const deps: ServerManagerDeps = {
    settings: (): Settings => readSettings((k) => (k === 'taal' ? options.taal ?? 'nl' : undefined)),
    locate: () => options.location,
    createClient: (serverPath, _settings, fatal) => {
      h.created.push(serverPath);
      return options.client ? options.client(fatal) : { start: async () => {}, stop: async () => {} };
    },
    showError: async (message, ...actions) => {
      h.errors.push(message);
      return options.choice?.(actions);
    },
    openSettings: () => void h.settingsOpened++,
    showOutput: () => void h.outputShown++,
  };
  h.manager = new ServerManager(deps);
  return h;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('a server that cannot be found gives one message in the chosen language and no client', async () => {
  const h = harness({ location: { ok: false, reason: { nl: 'bestand ontbreekt', en: 'file missing' } }, taal: 'en' });
  assert.equal(await h.manager.start(), false);
  assert.deepEqual(h.errors, ['file missing']);
  assert.deepEqual(h.created, []);
  assert.equal(h.manager.running, false);
});

test('a client whose start fails gives one message with the reason, even if it also reports fatal', async () => {
  const h = harness({
    location: { ok: true, path: '/srv/pl', bundled: true },
    client: (fatal) => ({
      start: async () => {
        fatal('De PolicyLang-taalserver kon niet starten: initialize mislukt');
        throw new Error('spawn EACCES');
      },
      stop: async () => {},
    }),
  });
  assert.equal(await h.manager.start(), false);
  assert.equal(h.errors.length, 1);
  assert.match(h.errors[0], /initialize mislukt/);
});

test('a start failure without a fatal report names the error', async () => {
  const h = harness({
    location: { ok: true, path: '/srv/pl', bundled: true },
    client: () => ({ start: async () => Promise.reject(new Error('spawn ENOEXEC')), stop: async () => {} }),
  });
  await h.manager.start();
  assert.deepEqual(h.errors, ['De PolicyLang-taalserver kon niet starten: spawn ENOEXEC']);
});

test('the message offers the settings and the output', async () => {
  const h = harness({ location: { ok: false, reason: { nl: 'x', en: 'x' } }, choice: (actions) => actions[0] });
  await h.manager.start();
  await settle();
  assert.equal(h.settingsOpened, 1);
  const h2 = harness({ location: { ok: false, reason: { nl: 'x', en: 'x' } }, choice: (actions) => actions[1] });
  await h2.manager.start();
  await settle();
  assert.equal(h2.outputShown, 1);
});

test('a started client runs until stopped; restart makes a new one; a crash after start still reports once', async () => {
  let stops = 0;
  let fatalOfLast: ((r: string) => void) | undefined;
  const h = harness({
    location: { ok: true, path: '/srv/pl', bundled: false },
    client: (fatal) => {
      fatalOfLast = fatal;
      return { start: async () => {}, stop: async () => void stops++ };
    },
  });
  assert.equal(await h.manager.start(), true);
  assert.equal(h.manager.running, true);
  assert.equal(await h.manager.restart(), true);
  assert.equal(stops, 1);
  assert.deepEqual(h.created, ['/srv/pl', '/srv/pl']);
  fatalOfLast!('gestopt');
  fatalOfLast!('gestopt');
  assert.deepEqual(h.errors, ['gestopt']);
  await h.manager.stop();
  assert.equal(h.manager.running, false);
  assert.equal(stops, 2);
});
