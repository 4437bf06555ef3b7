import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CliLocation } from './cliLocation';
import { measurementFileOf, monitorJsonArgs, readGoalStatuses, type GoalStatus } from './goalStatus';
import type { ProcessRunner } from './processRunner';
import { openReport, reportShown } from './report';
import type { Settings } from './settings';

export interface GoalLensDeps {
  readonly settings: () => Settings;
  readonly locateCli: (settings: Settings) => CliLocation;
  readonly run: ProcessRunner;
  readonly output: vscode.OutputChannel;
}

/**
 * A code lens above every measurable doel with its stoplicht from the folder's metingen file,
 * as `policylang monitor --json` computes it (the same rules as the report). The monitor runs on
 * opening and after every save in the folder; one run also writes the HTML report, so the report
 * tab, when it shows this folder, is refreshed too (the live preview). Only in trusted
 * workspaces: the monitor executes code generated from the kader.
 */
export class GoalLenses implements vscode.CodeLensProvider {
  private readonly statuses = new Map<string, GoalStatus[]>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly deps: GoalLensDeps, private readonly workDir: string = fs.mkdtempSync(path.join(os.tmpdir(), 'policylang-lens-'))) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.isTrusted || document.uri.scheme !== 'file') return [];
    const folder = path.dirname(document.uri.fsPath);
    const statuses = this.statuses.get(folder);
    if (!statuses) {
      void this.refresh(folder);
      return [];
    }
    return statuses
      .filter((s) => s.file === document.uri.fsPath && s.line - 1 < document.lineCount)
      .map((s) => new vscode.CodeLens(new vscode.Range(s.line - 1, 0, s.line - 1, 0), {
        title: s.text,
        tooltip: s.tooltip,
        command: 'policylang.openGoalReport',
        arguments: [folder, s.id],
      }));
  }

  /** After a save of a .beleid or metingen file: run the monitor for that folder again. */
  onSaved(document: vscode.TextDocument): void {
    const name = path.basename(document.uri.fsPath);
    if (document.languageId !== 'beleid' && !/^metingen\.(csv|json)$/.test(name)) return;
    const folder = path.dirname(document.uri.fsPath);
    if (this.statuses.has(folder) || reportShown() === this.reportFile(folder)) void this.refresh(folder);
  }

  /** The report of the lens's doel, in the report tab, scrolled to the doel. */
  async openGoalReport(folder: string, goalId: string): Promise<void> {
    if (!fs.existsSync(this.reportFile(folder))) await this.refresh(folder);
    if (fs.existsSync(this.reportFile(folder))) await openReport(this.reportFile(folder), this.deps.settings(), folder, goalId);
  }

  /** One run per folder at a time; a save during a run asks for one more run after it. */
  refresh(folder: string): Promise<void> {
    const current = this.running.get(folder);
    if (current) {
      this.again.add(folder);
      return current;
    }
    const run = this.runMonitor(folder).finally(() => {
      this.running.delete(folder);
      if (this.again.delete(folder)) void this.refresh(folder);
    });
    this.running.set(folder, run);
    return run;
  }

  private reportFile(folder: string): string {
    return path.join(this.workDir, `${this.key(folder)}.html`);
  }

  private key(folder: string): string {
    return crypto.createHash('sha256').update(folder).digest('hex').slice(0, 16);
  }

  private async runMonitor(folder: string): Promise<void> {
    const settings = this.deps.settings();
    const metingen = measurementFileOf(folder);
    const cli = this.deps.locateCli(settings);
    if (!metingen || !cli.ok || !vscode.workspace.isTrusted) {
      this.statuses.set(folder, []);
      return;
    }
    const json = path.join(this.workDir, `${this.key(folder)}.json`);
    fs.rmSync(json, { force: true });
    const result = await this.deps.run(cli.path, monitorJsonArgs(folder, metingen, json, this.reportFile(folder), settings.taal), folder);
    // Exit 1 with a JSON file is an answer (a doel off track, or data errors the report lists).
    if (!fs.existsSync(json)) {
      this.deps.output.appendLine(`policylang monitor: ${result.failure ?? result.stderr.trim().split('\n')[0] ?? `exit ${result.exitCode}`}`);
      this.statuses.set(folder, []);
    } else {
      this.statuses.set(folder, readGoalStatuses(fs.readFileSync(json, 'utf8'), folder, settings.taal));
    }
    this.changed.fire();
    if (reportShown() === this.reportFile(folder) && fs.existsSync(this.reportFile(folder))) await openReport(this.reportFile(folder), settings, folder);
  }

  dispose(): void {
    this.changed.dispose();
    fs.rmSync(this.workDir, { recursive: true, force: true });
  }
}
