import * as fs from 'fs';

/** What the launch logic needs to know about the file system; tests give a map instead. */
export interface FileProbe {
  isFile(path: string): boolean;
  isExecutable(path: string): boolean;
}

export const realFileProbe: FileProbe = {
  isFile(path) {
    try {
      return fs.statSync(path).isFile();
    } catch {
      return false;
    }
  },
  isExecutable(path) {
    try {
      fs.accessSync(path, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};
