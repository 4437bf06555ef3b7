import type { Taal } from './settings';

/**
 * Every text the extension shows a person, in Dutch and English. Kept in one table so a
 * missing translation is a compile error, not an English sentence in a Dutch editor.
 */
const catalogue = {
  serverNotFound: {
    nl: (path: string) => `De PolicyLang-taalserver kan niet starten: het bestand ${path} bestaat niet. Stel 'policylang.server.path' in op een taalserver.`,
    en: (path: string) => `The PolicyLang language server cannot start: the file ${path} does not exist. Set 'policylang.server.path' to a language server.`,
  },
  serverNotExecutable: {
    nl: (path: string) => `De PolicyLang-taalserver kan niet starten: ${path} is niet uitvoerbaar (chmod +x).`,
    en: (path: string) => `The PolicyLang language server cannot start: ${path} is not executable (chmod +x).`,
  },
  serverWrongPlatform: {
    nl: (platform: string) => `De meegeleverde PolicyLang-taalserver is voor linux-x64, dit is ${platform}. Stel 'policylang.server.path' in op een taalserver voor dit systeem.`,
    en: (platform: string) => `The bundled PolicyLang language server is built for linux-x64, this is ${platform}. Set 'policylang.server.path' to a language server for this system.`,
  },
  serverFailed: {
    nl: (reason: string) => `De PolicyLang-taalserver kon niet starten: ${reason}`,
    en: (reason: string) => `The PolicyLang language server could not start: ${reason}`,
  },
  serverStopped: {
    nl: () => `De PolicyLang-taalserver is herhaaldelijk gestopt en wordt niet opnieuw gestart. Zie het uitvoervenster 'PolicyLang'; herstart met 'PolicyLang: Taalserver herstarten'.`,
    en: () => `The PolicyLang language server stopped repeatedly and will not be restarted. See the 'PolicyLang' output; restart with 'PolicyLang: Taalserver herstarten'.`,
  },
  openSettings: { nl: () => 'Instellingen openen', en: () => 'Open settings' },
  showOutput: { nl: () => 'Uitvoer tonen', en: () => 'Show output' },
  openReport: { nl: () => 'Rapport openen', en: () => 'Open report' },
  cliNotFound: {
    nl: (path: string) => `Het commando 'policylang' is niet gevonden${path ? ` (${path})` : ''}. Stel 'policylang.cli.path' in of installeer het met 'dotnet tool install -g PolicyLang.Cli'.`,
    en: (path: string) => `The 'policylang' command was not found${path ? ` (${path})` : ''}. Set 'policylang.cli.path' or install it with 'dotnet tool install -g PolicyLang.Cli'.`,
  },
  noKaderFolder: {
    nl: () => 'Er is geen map met .beleid-bestanden gevonden. Open een .beleid-bestand of een map met een kader.',
    en: () => 'No folder with .beleid files was found. Open a .beleid file or a folder with a kader.',
  },
  pickKaderFolder: { nl: () => 'Kies de map van het kader', en: () => 'Choose the kader folder' },
  pickMetingen: { nl: () => 'Kies het bestand met metingen (CSV of JSON)', en: () => 'Choose the metingen file (CSV or JSON)' },
  metingenFilter: { nl: () => 'Metingen', en: () => 'Measurements' },
  checking: { nl: (folder: string) => `Kader controleren: ${folder}`, en: (folder: string) => `Checking kader: ${folder}` },
  checkClean: {
    nl: (files: number, warnings: number, infos: number) => `Kader in orde: ${files} bestand(en), geen fouten${warnings ? `, ${warnings} waarschuwing(en)` : ''}${infos ? `, ${infos} melding(en) ter info` : ''}.`,
    en: (files: number, warnings: number, infos: number) => `Kader OK: ${files} file(s), no errors${warnings ? `, ${warnings} warning(s)` : ''}${infos ? `, ${infos} info(s)` : ''}.`,
  },
  checkErrors: {
    nl: (errors: number, warnings: number, infos: number) => `Het kader heeft ${errors} fout(en), ${warnings} waarschuwing(en) en ${infos} melding(en) ter info. Zie de uitvoer 'PolicyLang'.`,
    en: (errors: number, warnings: number, infos: number) => `The kader has ${errors} error(s), ${warnings} warning(s) and ${infos} info(s). See the 'PolicyLang' output.`,
  },
  building: { nl: (folder: string) => `Monitor bouwen: ${folder}`, en: (folder: string) => `Building monitor: ${folder}` },
  built: { nl: (dir: string) => `Monitor gebouwd in ${dir}.`, en: (dir: string) => `Monitor built in ${dir}.` },
  runningMonitor: { nl: (file: string) => `Monitor uitvoeren op ${file}`, en: (file: string) => `Running monitor on ${file}` },
  reportReady: { nl: (file: string) => `Stoplichtrapport gemaakt: ${file}`, en: (file: string) => `Stoplicht report written: ${file}` },
  reportTitle: { nl: () => 'Stoplichtrapport', en: () => 'Stoplicht report' },
  cliFailed: {
    nl: (command: string, detail: string) => `'policylang ${command}' is mislukt: ${detail}`,
    en: (command: string, detail: string) => `'policylang ${command}' failed: ${detail}`,
  },
  cliUnreadable: {
    nl: (detail: string) => `De uitvoer van 'policylang check' is onleesbaar: ${detail}`,
    en: (detail: string) => `The output of 'policylang check' is unreadable: ${detail}`,
  },
} as const;

export type MessageKey = keyof typeof catalogue;
type Args<K extends MessageKey> = Parameters<(typeof catalogue)[K]['nl']>;

/** A message in the user's language. */
export function msg<K extends MessageKey>(taal: Taal, key: K, ...args: Args<K>): string {
  const entry = catalogue[key][taal] as (...a: Args<K>) => string;
  return entry(...args);
}

/** Both languages of a message: for places that decide the language later. */
export function bilingual<K extends MessageKey>(key: K, ...args: Args<K>): { nl: string; en: string } {
  return { nl: msg('nl', key, ...args), en: msg('en', key, ...args) };
}
