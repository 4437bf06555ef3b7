/**
 * vscode-languageclient logs every exit of the server process as an error, also the clean exit
 * (code 0) that follows its own `shutdown`/`exit` on every restart, so the output channel showed
 * "[Error] Server process exited with code 0." each time. That one is not an error.
 */
export function isCleanServerExit(message: string): boolean {
  return /^Server process exited with code 0\.?$/.test(message.trim());
}
