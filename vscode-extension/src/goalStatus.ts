import * as fs from 'fs';
import * as path from 'path';
import { sourceLocation } from './reportLinks';
import type { Taal } from './settings';

/**
 * The stoplicht of every measured doel, read from `policylang monitor --json` (docs/monitoring.md),
 * as the code lenses above the doelen show it. Plain data and text, no editor.
 */
export interface GoalStatus {
  readonly id: string;
  readonly file: string;
  /** One-based line of the doel's keyword. */
  readonly line: number;
  readonly text: string;
  readonly tooltip: string;
}

/** The measurement file a kader folder keeps beside its .beleid files, if any. */
export function measurementFileOf(kaderFolder: string, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  return ['metingen.csv', 'metingen.json'].map((name) => path.join(kaderFolder, name)).find(exists);
}

export function monitorJsonArgs(kaderFolder: string, metingenFile: string, jsonFile: string, reportFile: string, taal: Taal): string[] {
  return ['monitor', kaderFolder, '--metingen', metingenFile, '--json', jsonFile, '--rapport', reportFile, '--taal', taal];
}

const Dots: Record<string, string> = { Green: '🟢', Orange: '🟠', Red: '🔴', Grey: '⚪' };

interface MonitorGoal {
  id?: unknown;
  soort?: unknown;
  bron?: unknown;
  kleur?: unknown;
  label?: unknown;
  reden?: unknown;
  reason?: unknown;
  indicator?: unknown;
  laatste?: { periode?: unknown; waarde?: unknown; voorlopig?: unknown };
  verwacht?: unknown;
  streefwaarde?: { vergelijking?: unknown; waarde?: unknown; jaar?: unknown };
}

/** The statuses of the measurable doelen (those with an indicator) of one monitor run. */
export function readGoalStatuses(json: string, kaderFolder: string, taal: Taal): GoalStatus[] {
  const data = JSON.parse(json) as { doelen?: MonitorGoal[] };
  const statuses: GoalStatus[] = [];
  for (const goal of data.doelen ?? []) {
    if (goal.soort !== 'doel' || typeof goal.indicator !== 'string' || typeof goal.id !== 'string' || typeof goal.bron !== 'string') continue;
    const location = sourceLocation(goal.bron, kaderFolder);
    if (!location) continue;
    statuses.push({ id: goal.id, file: location.file, line: location.line, text: lensText(goal, taal), tooltip: String((taal === 'en' ? goal.reason : goal.reden) ?? '') });
  }
  return statuses;
}

/** `🔴 niet op koers · laatste 170 (2016) · verwacht 190 · streefwaarde 200 in 2016`. */
function lensText(goal: MonitorGoal, taal: Taal): string {
  const parts = [`${Dots[String(goal.kleur)] ?? '⚪'} ${String(goal.label ?? '')}`];
  const latest = goal.laatste;
  if (latest && latest.waarde !== undefined) {
    const provisional = latest.voorlopig === true ? (taal === 'en' ? ', provisional' : ', voorlopig') : '';
    parts.push(`${taal === 'en' ? 'latest' : 'laatste'} ${formatNumber(latest.waarde, taal)} (${String(latest.periode)}${provisional})`);
  } else {
    parts.push(taal === 'en' ? 'no measurement yet' : 'nog geen meting');
  }
  if (typeof goal.verwacht === 'number') parts.push(`${taal === 'en' ? 'expected' : 'verwacht'} ${formatNumber(goal.verwacht, taal)}`);
  const norm = goal.streefwaarde;
  if (norm && norm.waarde !== undefined) {
    const comparator = typeof norm.vergelijking === 'string' ? `${norm.vergelijking} ` : '';
    const year = typeof norm.jaar === 'number' ? ` in ${norm.jaar}` : '';
    parts.push(`${taal === 'en' ? 'target' : 'streefwaarde'} ${comparator}${formatNumber(norm.waarde, taal)}${year}`);
  }
  return parts.join(' · ');
}

function formatNumber(value: unknown, taal: Taal): string {
  return typeof value === 'number' ? value.toLocaleString(taal === 'en' ? 'en-GB' : 'nl-NL') : String(value);
}
