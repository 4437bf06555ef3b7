import { spawn } from 'child_process';

/**
 * Starts a language server over stdio, sends `initialize`, waits for its answer, then asks it
 * to shut down and exit. Resolves to the InitializeResult; rejects on timeout or early exit.
 */
export function initializeOverStdio(command: string, timeoutMs: number): Promise<{ capabilities?: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = Buffer.alloc(0);
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no initialize answer within ${timeoutMs} ms; stderr: ${stderr.slice(0, 500)}`));
    }, timeoutMs);
    const send = (message: object) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before answering; stderr: ${stderr.slice(0, 500)}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          send({ id: 2, method: 'shutdown' });
          send({ method: 'exit' });
          setTimeout(() => child.kill(), 2000).unref();
          if (message.error) reject(new Error(`initialize failed: ${JSON.stringify(message.error)}`));
          else resolve(message.result);
          return;
        }
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { taal: 'nl', debounceMs: 300 } } });
  });
}
