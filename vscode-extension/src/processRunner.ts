import { execFile } from 'child_process';

export interface ProcessResult {
  /** The exit code; null when the process could not be started or was killed. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Why the process did not run to an exit code (ENOENT, timeout…), if so. */
  readonly failure?: string;
}

export type ProcessRunner = (command: string, args: readonly string[], cwd: string) => Promise<ProcessResult>;

/** Ten minutes: a cold monitor build compiles with Roslyn; anything longer is stuck. */
const TimeoutMs = 10 * 60 * 1000;

/** Runs a command without a shell (arguments are never parsed by a shell) and never rejects. */
export const runProcess: ProcessRunner = (command, args, cwd) =>
  new Promise((resolve) => {
    execFile(command, [...args], { cwd, timeout: TimeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve({ exitCode: 0, stdout, stderr });
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code === 'number') return resolve({ exitCode: code, stdout, stderr });
      resolve({ exitCode: null, stdout, stderr, failure: error.killed ? `timeout after ${TimeoutMs / 1000} s` : error.message });
    });
  });
