package vn.hoso.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The plan of a handover, kept in its work directory between the check and the store steps (and
 * across a restart). Only the server writes it; reading still accepts nothing but the plan's own
 * types.
 */
final class PlanFiles {

  private static final ObjectInputFilter ONLY_PLAN =
      ObjectInputFilter.Config.createFilter(
          "vn.hoso.ingest.IngestPlan*;vn.hoso.records.Dossier$Description;vn.hoso.records.Document$Description;"
              + "vn.hoso.records.Document$Subject;vn.hoso.records.AccessLevel;java.lang.*;java.time.*;"
              + "java.util.*;java.lang.Enum;maxdepth=20;!*");

  private PlanFiles() {}

  static Path file(Path handoverDir) {
    return handoverDir.resolve("plan.ser");
  }

  static void write(Path handoverDir, IngestPlan plan) {
    try {
      Files.createDirectories(handoverDir);
      Path tmp = Files.createTempFile(handoverDir, "plan-", ".part");
      try (OutputStream out = Files.newOutputStream(tmp);
          ObjectOutputStream oos = new ObjectOutputStream(out)) {
        oos.writeObject(plan);
      }
      Files.move(
          tmp,
          file(handoverDir),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IngestPlan read(Path handoverDir) {
    try (InputStream in = Files.newInputStream(file(handoverDir));
        ObjectInputStream ois = new ObjectInputStream(in)) {
      ois.setObjectInputFilter(ONLY_PLAN);
      return (IngestPlan) ois.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
