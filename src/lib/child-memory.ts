/**
 * The peak memory of this process's child processes, by name: Pagefind indexes in a process of its
 * own, whose memory the build's own peak (process.resourceUsage().maxRSS) does not count. Read
 * from Linux's /proc (VmHWM, the peak resident set) while the child still runs; 0 elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';

const readOr = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** Peak resident memory in bytes of the largest running child whose command name matches. */
export function childPeakMemory(name: RegExp, parent = process.pid): number {
  let peak = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so it is read between its parentheses.
    const stat = readOr(`/proc/${pid}/stat`);
    const close = stat.lastIndexOf(')');
    if (close < 0 || !name.test(stat.slice(stat.indexOf('(') + 1, close))) continue;
    if (Number(stat.slice(close + 2).split(' ')[1]) !== parent) continue;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`));
    if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
  }
  return peak;
}
