import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { msg } from './messages';
import { sourceLocation } from './reportLinks';
import type { Settings } from './settings';

/**
 * Shows the stoplicht report: in a VS Code tab, or in the browser. The webview gets a content
 * security policy that allows the report's own inline styles, scripts and images but no network,
 * so a report can never load anything from outside.
 */
export async function openReport(reportFile: string, settings: Settings, kaderFolder: string, goalId?: string): Promise<void> {
  if (settings.reportOpenIn === 'browser') {
    await vscode.env.openExternal(vscode.Uri.file(reportFile));
    return;
  }
  const title = `${msg(settings.taal, 'reportTitle')}: ${path.basename(reportFile)}`;
  const panel = reportPanel(title, reportFile);
  reportKader = kaderFolder;
  shownReport = reportFile;
  panel.title = title;
  panel.webview.html = withSourceLinks(withContentSecurityPolicy(fs.readFileSync(reportFile, 'utf8'), panel.webview.cspSource), settings.taal === 'en' ? 'Open in the editor' : 'Openen in de editor', goalId);
  panel.reveal(vscode.ViewColumn.Beside, true);
}

/** The report file the tab shows, if the tab is open: a new run of the same report refreshes it (live preview). */
export function reportShown(): string | undefined {
  return reportTab ? shownReport : undefined;
}

/** One report tab: every run shows its report in the same tab, created again once the user closed it. */
let reportTab: vscode.WebviewPanel | undefined;
/** The kader the report in the tab is about; its source locations are read against it. */
let reportKader = '';
let shownReport: string | undefined;

function reportPanel(title: string, reportFile: string): vscode.WebviewPanel {
  if (reportTab) return reportTab;
  const panel = vscode.window.createWebviewPanel('policylang.report', title, vscode.ViewColumn.Beside, {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.file(path.dirname(reportFile))],
  });
  panel.onDidDispose(() => {
    if (reportTab === panel) reportTab = undefined;
  });
  panel.webview.onDidReceiveMessage((message: { type?: unknown; source?: unknown }) => {
    if (message?.type !== 'openSource' || typeof message.source !== 'string') return;
    const location = sourceLocation(message.source, reportKader);
    if (location) void openAtLine(location.file, location.line);
  });
  reportTab = panel;
  return panel;
}

async function openAtLine(file: string, line: number): Promise<void> {
  const position = new vscode.Position(line - 1, 0);
  await vscode.window.showTextDocument(vscode.Uri.file(file), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
}

/**
 * Makes every source location in the report a link that asks the extension to open the file at
 * that line (the report itself has no script: it is also a file for the raad, opened in a browser).
 */
export function withSourceLinks(html: string, tooltip: string, goalId?: string): string {
  const reveal = goalId ? `const goal=document.getElementById(${JSON.stringify(`doel-${goalId}`)});if(goal)goal.scrollIntoView();` : '';
  const script = `<script>(function(){const api=acquireVsCodeApi();${reveal}for(const p of document.querySelectorAll('p.source')){`
    + `p.style.cursor='pointer';p.style.textDecoration='underline';p.title=${JSON.stringify(tooltip)};p.setAttribute('role','link');`
    + `p.addEventListener('click',function(){api.postMessage({type:'openSource',source:p.textContent});});}})();</script>`;
  const end = html.search(/<\/body>/i);
  return end >= 0 ? html.slice(0, end) + script + html.slice(end) : html + script;
}

export function contentSecurityPolicy(cspSource: string): string {
  return [
    "default-src 'none'",
    `img-src data: ${cspSource}`,
    `style-src 'unsafe-inline' ${cspSource}`,
    `script-src 'unsafe-inline' ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** Puts the policy first in <head> (or in front of the document when it has no head). */
export function withContentSecurityPolicy(html: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cspSource)}">`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  return meta + html;
}
