import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { msg } from './messages';
import type { Settings } from './settings';

/**
 * Shows the stoplicht report: in a VS Code tab, or in the browser. The webview gets a content
 * security policy that allows the report's own inline styles, scripts and images but no network,
 * so a report can never load anything from outside.
 */
export async function openReport(reportFile: string, settings: Settings): Promise<void> {
  if (settings.reportOpenIn === 'browser') {
    await vscode.env.openExternal(vscode.Uri.file(reportFile));
    return;
  }
  const panel = vscode.window.createWebviewPanel(
    'policylang.report',
    `${msg(settings.taal, 'reportTitle')}: ${path.basename(reportFile)}`,
    vscode.ViewColumn.Beside,
    { enableScripts: true, localResourceRoots: [vscode.Uri.file(path.dirname(reportFile))] },
  );
  panel.webview.html = withContentSecurityPolicy(fs.readFileSync(reportFile, 'utf8'), panel.webview.cspSource);
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
