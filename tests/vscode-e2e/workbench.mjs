// What a user does in the VS Code workbench, as playwright-core steps on code-server's page.
// Selectors are VS Code's own element ids and classes (status bar items, editor widgets); every
// wait has a timeout that names what did not appear.
import { chromium } from 'playwright-core';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Debian's Chromium, as bare as it gets: no network of its own, no first-run, a fresh profile (--user-data-dir). */
export async function launchChromium(profileDir) {
  fs.mkdirSync(profileDir, { recursive: true });
  return chromium.launchPersistentContext(profileDir, {
    viewport: { width: 1400, height: 860 },
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export class Workbench {
  constructor(page, artifacts) {
    this.page = page;
    this.artifacts = artifacts;
  }

  static async open(context, url, folder, artifacts) {
    const page = await context.newPage();
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 120_000 });
    return new Workbench(page, artifacts);
  }

  async screenshot(name) {
    const file = path.join(this.artifacts, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Quick Open (Ctrl+P), the way a user opens a file by name. */
  async openFile(name) {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(name);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout: 30_000 });
    await this.page.locator('.monaco-editor .view-lines').first().click();
  }

  async statusText(id) {
    return (await this.page.locator(`[id="${id}"]`).first().textContent({ timeout: 30_000 }))?.trim() ?? '';
  }

  async waitForStatus(id, predicate, what, timeout = 90_000) {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.page.locator(`[id="${id}"]`).first().getAttribute('aria-label').catch(() => '') ?? '';
      const text = await this.page.locator(`[id="${id}"]`).first().textContent().catch(() => '') ?? '';
      if (predicate(last || text, text)) return last || text;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`timed out waiting for ${what}; status ${id} says "${last}"`);
  }

  /** The language mode in the status bar (e.g. "PolicyLang", "Plain Text"). */
  async languageMode() {
    await this.page.locator('[id="status.editor.mode"]').waitFor({ timeout: 60_000 });
    return this.statusText('status.editor.mode');
  }

  /** Errors, warnings and infos as the status bar's problems item reports them. */
  async problemCounts() {
    const label = await this.page.locator('[id="status.problems"]').first().getAttribute('aria-label') ?? '';
    const count = (word) => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
    return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos'), label };
  }

  /** Waits until the problems total satisfies `predicate`; returns the counts. */
  async waitForProblems(predicate, what, timeout = 90_000) {
    const deadline = Date.now() + timeout;
    let counts;
    while (Date.now() < deadline) {
      counts = await this.problemCounts();
      if (predicate(counts)) return counts;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`timed out waiting for ${what}; problems: ${counts?.label}`);
  }

  /** The total on the Problems panel's tab ("Total 137 Problems"). */
  async problemsPanelTotal() {
    await this.page.keyboard.press('Control+Shift+M');
    const badge = this.page.locator('.part.panel .badge[aria-label*="Problems"]').first();
    const label = await badge.getAttribute('aria-label', { timeout: 30_000 });
    const total = /Total (\d+) Problem/.exec(label ?? '')?.[1];
    return total === undefined ? 0 : Number(total);
  }

  /** The command palette's entries for `query`, read and closed again. */
  async paletteEntries(query) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`>${query}`);
    await this.page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 30_000 }).catch(() => {});
    await this.page.waitForTimeout(500);
    const entries = await this.page.locator('.quick-input-widget .monaco-list-row .label-name').allTextContents();
    await this.page.keyboard.press('Escape');
    return entries;
  }

  /** Runs a command from the palette by its title. */
  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Go to Line/Column (Ctrl+G) with one-based line and column. */
  async goTo(line, column) {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`:${line}:${column}`);
    // The picker reads the value on its own tick; Enter before that is lost.
    await this.page.locator('.quick-input-widget', { hasText: `${line}` }).waitFor({ timeout: 10_000 });
    await this.page.waitForTimeout(300);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30_000 });
  }

  squiggles(kind = 'error') {
    return this.page.locator(`.monaco-editor .view-overlays .squiggly-${kind}`);
  }

  /** The hover at the cursor (editor.action.showHover, Ctrl+K Ctrl+I); returns its text. */
  async hoverAtCursor({ keepOpen = false } = {}) {
    // Several hover widgets exist (editor, workbench); the one that shows is the one to read.
    const hover = this.page.locator('.monaco-hover-content').filter({ visible: true }).first();
    // The Ctrl+K chord is sometimes lost right after a quick input closed: ask again, a few times.
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      if (await hover.waitFor({ state: 'visible', timeout: 8_000 }).then(() => true, () => false)) break;
    }
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await waitForText(hover);
    if (!keepOpen) await this.page.keyboard.press('Escape');
    return text;
  }

  suggestWidget() {
    return this.page.locator('.monaco-editor .suggest-widget.visible');
  }

  /** The labels of the open suggest widget's rows. */
  async suggestions() {
    const widget = this.suggestWidget();
    await widget.waitFor({ state: 'visible', timeout: 30_000 });
    await widget.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    return widget.locator('.monaco-list-row .label-name').allTextContents();
  }

  /** The quick fixes at the cursor (Ctrl+.); returns their titles, the menu stays open. */
  async quickFixes() {
    await this.page.keyboard.press('Control+.');
    const menu = this.page.locator('.action-widget:not(.action-list-submenu-panel)').first();
    await menu.waitFor({ state: 'visible', timeout: 30_000 });
    await menu.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    return menu.locator('.monaco-list-row').allTextContents();
  }

  async chooseQuickFix(title) {
    await this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first().click();
    await this.page.locator('.action-widget:not(.action-list-submenu-panel)').first().waitFor({ state: 'hidden', timeout: 30_000 });
  }
}

async function waitForText(locator, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.textContent())?.trim() ?? '';
    if (text && !/^Loading/.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return text;
}
