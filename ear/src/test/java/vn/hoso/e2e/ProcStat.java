package vn.hoso.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** CPU figures Linux keeps for a process in {@code /proc/<pid>/stat}. */
final class ProcStat {

  /** Clock ticks per second of {@code /proc}'s times: 100 on every Linux this runs on. */
  private static final long TICKS_PER_SECOND = 100;

  private ProcStat() {}

  /**
   * The CPU time (user and system) of the process's children that have ended and been waited for:
   * the programs it ran, however short-lived.
   */
  static Optional<Duration> reapedChildren(long pid) {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    } catch (IOException e) {
      return Optional.empty();
    }
    // the command name (field 2) is in parentheses and may hold spaces: count fields after it
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // fields 16 and 17 of the line (cutime, cstime) are the 14th and 15th after the name
    long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
    return Optional.of(Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND));
  }

  /** The same for this JVM. */
  static Optional<Duration> reapedChildrenOfThisProcess() {
    return reapedChildren(ProcessHandle.current().pid());
  }
}
