package vn.hoso.ingest;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Receiving handover packages: the upload is streamed to disk (never held in memory), a handover is
 * recorded, and the ingest job is started; the caller gets the handover's id at once and follows
 * its progress.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandoverService {

  public static final String JOB = "handover-ingest";

  @EJB HandoverStore store;
  @Inject IngestSettings settings;

  /**
   * Thrown when an upload is larger than the configured limit; nothing of it is kept. An
   * application exception, so that it reaches the caller as itself (not wrapped in an EJBException,
   * which the API answered with 500).
   */
  @jakarta.ejb.ApplicationException(rollback = true)
  public static class UploadTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(long limit) {
      super("The package is larger than " + limit + " bytes.");
    }
  }

  /** Receives a zipped package from a stream; returns the new handover's id. */
  public long receiveZip(InputStream zip, String receivedBy) {
    Path incoming = settings.workDir().resolve("incoming");
    Path tmp;
    try {
      Files.createDirectories(incoming);
      tmp = Files.createTempFile(incoming, "upload-", ".zip");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (var out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = zip.read(buf)) > 0; ) {
        total += n;
        if (total > settings.maxUploadBytes()) {
          throw new UploadTooLargeException(settings.maxUploadBytes());
        }
        out.write(buf, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      // an upload cut short or over the limit leaves nothing behind
      deleteQuietly(tmp);
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
    try {
      Handover h = store.create(tmp.toString(), receivedBy);
      Path dir = settings.handoverDir(h.getId());
      Files.createDirectories(dir);
      Path target = dir.resolve("package.zip");
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      store.movedPackage(h.getId(), target.toString());
      start(h.getId());
      return h.getId();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a stray temporary upload is removed with the work directory
    }
  }

  /** A directory package outside the import folder, or not there at all. */
  public static class NotImportableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotImportableException(String message) {
      super(message);
    }
  }

  /**
   * Receives a package folder from the import folder (e.g. the share where the scanning contractor
   * delivers); it is read in place, not moved. Nothing outside the import folder can be named.
   */
  public long receiveImport(String name, String receivedBy) {
    Path root = settings.importDir().toAbsolutePath().normalize();
    try {
      Path bag = root.resolve(name == null ? "" : name.strip()).normalize();
      if (!bag.startsWith(root)
          || bag.equals(root)
          || !Files.isDirectory(bag)
          || !bag.toRealPath().startsWith(root.toRealPath())) {
        throw new NotImportableException("No package folder '" + name + "' in " + root);
      }
      return receiveDirectory(bag, receivedBy);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new NotImportableException("No package folder '" + name + "' in " + root);
    }
  }

  /** The package folders waiting in the import folder. */
  public List<String> importable() {
    Path root = settings.importDir();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (var dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Receives a package the server can read as a directory (e.g. on a mounted share); it is not
   * moved.
   */
  public long receiveDirectory(Path bag, String receivedBy) {
    if (!Files.isDirectory(bag)) {
      throw new IllegalArgumentException("Not a directory the server can read: " + bag);
    }
    Handover h = store.create(bag.toAbsolutePath().toString(), receivedBy);
    start(h.getId());
    return h.getId();
  }

  private void start(long handoverId) {
    Properties params = new Properties();
    params.setProperty("handoverId", Long.toString(handoverId));
    // The check step records the execution on the handover itself: the job may already run when
    // start returns.
    BatchRuntime.getJobOperator().start(JOB, params);
  }

  /** Restarts the job of a handover whose ingest was interrupted (server killed, or failed). */
  public void restart(long handoverId) {
    Handover h = store.get(handoverId);
    JobOperator jobs = BatchRuntime.getJobOperator();
    Properties params = new Properties();
    params.setProperty("handoverId", Long.toString(handoverId));
    long execution = jobs.restart(h.getJobExecutionId(), params);
    store.restarted(handoverId, execution);
  }

  /** The receipt's stored file, once the handover completed. */
  public Optional<String> receiptSha256(long id) {
    return store.find(id).map(Handover::getReceiptSha256);
  }

  public Optional<HandoverReport> report(long id) {
    return store.find(id).map(HandoverReport::of);
  }

  public List<HandoverReport> recent(int first, int max) {
    return store.recent(first, max).stream().map(HandoverReport::of).toList();
  }

  public long count() {
    return store.count();
  }
}
