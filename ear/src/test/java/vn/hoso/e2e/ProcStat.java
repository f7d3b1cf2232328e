package vn.hoso.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
    String[] f = fieldsAfterName(stat);
    // fields 16 and 17 of the line (cutime, cstime) are the 14th and 15th after the name
    return Optional.of(ticks(Long.parseLong(f[13]) + Long.parseLong(f[14])));
  }

  /**
   * The fields of a {@code stat} line after the command name (field 2), which is in parentheses and
   * may hold spaces and parentheses itself.
   */
  private static String[] fieldsAfterName(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
  }

  private static Duration ticks(long ticks) {
    return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
  }

  /** The same for this JVM. */
  static Optional<Duration> reapedChildrenOfThisProcess() {
    return reapedChildren(ProcessHandle.current().pid());
  }

  /**
   * What the threads of a JVM have used so far (user and system), by what they do, from {@code
   * /proc/<pid>/task}; empty where there is none. Linux keeps a thread's times only while it runs:
   * what threads that ended meanwhile used is in the process's total only.
   */
  static Map<String, Duration> threadsByRole(List<Long> pids) {
    Map<String, Duration> out = new LinkedHashMap<>();
    for (long pid : pids) {
      Path tasks = Path.of("/proc", Long.toString(pid), "task");
      if (!Files.isDirectory(tasks)) {
        continue;
      }
      try (Stream<Path> threads = Files.list(tasks)) {
        for (Path t : threads.toList()) {
          try {
            String name = Files.readString(t.resolve("comm")).strip();
            String stat = Files.readString(t.resolve("stat"));
            String[] f = fieldsAfterName(stat);
            // utime and stime: fields 14 and 15 of the line, the 12th and 13th after the name
            out.merge(
                role(name), ticks(Long.parseLong(f[11]) + Long.parseLong(f[12])), Duration::plus);
          } catch (IOException e) {
            // the thread ended meanwhile
          }
        }
      } catch (IOException e) {
        // the process ended meanwhile
      }
    }
    return out;
  }

  /** A thread's role, from its name as Linux keeps it (the first 15 characters). */
  static String role(String name) {
    if (name.matches("C[12] CompilerThre.*")) {
      return "JIT compiler";
    }
    if (name.startsWith("GC Thread")
        || name.startsWith("G1 ")
        || name.equals("VM Thread")
        || name.equals("VM Periodic Tas")) {
      return "garbage collector and VM";
    }
    if (name.startsWith("Batch Thread")) {
      return "batch thread (database writes, near-duplicate review)";
    }
    if (name.startsWith("EE-ManagedExecu")) {
      return "page workers (files, hashes, OCR output)";
    }
    if (name.startsWith("Hibernate Searc")) {
      return "Hibernate Search (index writes, merges, timer)";
    }
    if (name.startsWith("default task")) {
      return "HTTP requests (the progress checks)";
    }
    if (name.startsWith("MVStore backgro")) {
      return "H2 background writer";
    }
    return "other";
  }
}
