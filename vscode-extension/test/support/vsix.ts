import * as fs from 'fs';
import * as path from 'path';
import * as yauzl from 'yauzl';

export interface VsixEntry {
  readonly name: string;
  /** Unix permission bits, as VS Code applies them when it installs the .vsix. */
  readonly mode: number;
  readonly data: Buffer;
}

/** Reads every entry of a .vsix (a zip) into memory. */
export function readVsix(file: string): Promise<Map<string, VsixEntry>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, VsixEntry>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, { name: entry.fileName, mode: (entry.externalFileAttributes >>> 16) & 0o777, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Writes the entries under `prefix` to a folder, with their modes, as an installed extension has them. */
export function extract(entries: Map<string, VsixEntry>, prefix: string, target: string): void {
  for (const entry of entries.values()) {
    if (!entry.name.startsWith(prefix)) continue;
    const file = path.join(target, entry.name.slice(prefix.length));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, entry.data);
    if (entry.mode) fs.chmodSync(file, entry.mode);
  }
}
