import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { buildArgs, checkArgs, formatDiagnostics, monitorArgs, parseCheckOutput } from './cliCommands';
import type { CliLocation } from './cliLocation';
import { chooseKaderFolder } from './kaderFolder';
import { msg } from './messages';
import type { ProcessResult, ProcessRunner } from './processRunner';
import { openReport } from './report';
import { expandPath, type Host } from './serverLocation';
import type { Settings, Taal } from './settings';

export interface CommandDeps {
  readonly settings: () => Settings;
  readonly locateCli: (settings: Settings) => CliLocation;
  readonly run: ProcessRunner;
  readonly output: vscode.OutputChannel;
  readonly host: () => Host;
}

/** The user-facing commands. Each calls the `policylang` CLI; none of them touches the server. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('policylang.checkKader', () => checkKader(deps)),
    vscode.commands.registerCommand('policylang.buildMonitor', () => buildMonitor(deps)),
    vscode.commands.registerCommand('policylang.runMonitor', () => runMonitor(deps)),
  ];
}

/** policylang check: the diagnostics go to the output channel, the summary to a notification. */
export async function checkKader(deps: CommandDeps): Promise<void> {
  const settings = deps.settings();
  const folder = await chooseKaderFolder(settings.taal);
  if (!folder) return;
  const result = await runCli(deps, settings, 'check', checkArgs(folder, settings.taal), folder, msg(settings.taal, 'checking', folder));
  if (!result) return;
  let parsed;
  try {
    parsed = parseCheckOutput(result.stdout);
  } catch (error) {
    void vscode.window.showErrorMessage(msg(settings.taal, 'cliUnreadable', (error as Error).message));
    return;
  }
  for (const line of formatDiagnostics(parsed, folder)) deps.output.appendLine(line);
  if (parsed.errors > 0) {
    deps.output.show(true);
    void vscode.window.showWarningMessage(msg(settings.taal, 'checkErrors', parsed.errors, parsed.warnings, parsed.infos));
  } else {
    void vscode.window.showInformationMessage(msg(settings.taal, 'checkClean', parsed.files, parsed.warnings, parsed.infos));
  }
}

/** policylang build: the monitor assembly goes to the configured folder (default: bin beside the kader). */
export async function buildMonitor(deps: CommandDeps): Promise<void> {
  const settings = deps.settings();
  const folder = await chooseKaderFolder(settings.taal);
  if (!folder) return;
  const outputFolder = monitorOutputFolder(settings, folder, deps.host());
  const result = await runCli(deps, settings, 'build', buildArgs(folder, outputFolder, settings.taal), folder, msg(settings.taal, 'building', folder));
  if (!result) return;
  void vscode.window.showInformationMessage(msg(settings.taal, 'built', outputFolder));
}

/** policylang monitor on a metingen file the user picks, then the stoplicht report. */
export async function runMonitor(deps: CommandDeps): Promise<void> {
  const settings = deps.settings();
  const folder = await chooseKaderFolder(settings.taal);
  if (!folder) return;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    canSelectFolders: false,
    defaultUri: vscode.Uri.file(folder),
    filters: { [msg(settings.taal, 'metingenFilter')]: ['csv', 'json'] },
    title: msg(settings.taal, 'pickMetingen'),
  });
  const metingen = picked?.[0]?.fsPath;
  if (!metingen) return;
  const reportFile = reportFileFor(monitorOutputFolder(settings, folder, deps.host()), metingen);
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  // An old report must not pass for the new one when the run fails.
  fs.rmSync(reportFile, { force: true });
  const result = await runCli(deps, settings, 'monitor', monitorArgs(folder, metingen, reportFile, settings.taal), folder, msg(settings.taal, 'runningMonitor', metingen),
    (r) => r.exitCode === 1 && fs.existsSync(reportFile));
  if (!result) return;
  deps.output.appendLine(msg(settings.taal, 'reportReady', reportFile));
  await openReport(reportFile, settings, folder);
}

export function monitorOutputFolder(settings: Settings, kaderFolder: string, host: Host): string {
  return settings.monitorOutputFolder ? expandPath(settings.monitorOutputFolder, host) : path.join(kaderFolder, 'bin');
}

/** One report per metingen file, so running two data sets does not overwrite the first report. */
export function reportFileFor(outputFolder: string, metingenFile: string): string {
  return path.join(outputFolder, `stoplichtrapport-${path.parse(metingenFile).name}.html`);
}

/**
 * Runs the CLI with a progress notification and echoes it to the output channel. Returns the
 * result when the command answered (see failureOf; `isAnswer` widens that per command), undefined
 * after showing one error message otherwise.
 */
async function runCli(
  deps: CommandDeps,
  settings: Settings,
  command: string,
  args: string[],
  cwd: string,
  title: string,
  isAnswer: (result: ProcessResult) => boolean = () => false,
): Promise<ProcessResult | undefined> {
  const cli = deps.locateCli(settings);
  if (!cli.ok) {
    void vscode.window.showErrorMessage(cli.reason[settings.taal]);
    return undefined;
  }
  deps.output.appendLine(`> ${cli.path} ${args.map(quoteForDisplay).join(' ')}`);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: false },
    () => deps.run(cli.path, args, cwd),
  );
  if (result.stderr) deps.output.append(result.stderr.endsWith('\n') ? result.stderr : result.stderr + '\n');
  const failure = isAnswer(result) ? undefined : failureOf(result, command, settings.taal);
  if (failure) {
    deps.output.show(true);
    void vscode.window.showErrorMessage(failure);
    return undefined;
  }
  return result;
}

/** Exit 0 and 1 are answers; 2 (usage or I/O), a signal or a failed start is a failure. */
export function failureOf(result: ProcessResult, command: string, taal: Taal): string | undefined {
  if (result.failure !== undefined) return msg(taal, 'cliFailed', command, result.failure);
  if (result.exitCode === 0) return undefined;
  if (result.exitCode === 1 && command === 'check') return undefined;
  const detail = result.stderr.trim().split('\n')[0] || `exit code ${result.exitCode}`;
  return msg(taal, 'cliFailed', command, detail);
}

function quoteForDisplay(arg: string): string {
  return /^[\w./:=@-]+$/.test(arg) ? arg : JSON.stringify(arg);
}
