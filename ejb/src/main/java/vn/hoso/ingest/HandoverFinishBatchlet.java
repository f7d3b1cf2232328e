package vn.hoso.ingest;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hoso.storage.BlobStore;

/**
 * Closes a handover once every dossier is stored, and removes its work files (the blobs hold the
 * pages).
 */
@Named
@Dependent
public class HandoverFinishBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(HandoverFinishBatchlet.class.getName());

  @Inject @BatchProperty String handoverId;

  @Inject HandoverStore handovers;
  @Inject IngestSettings settings;
  @Inject ReceiptService receipts;
  @Inject BlobStore blobs;

  @Override
  public String process() throws IOException {
    long id = Long.parseLong(handoverId);
    Instant now = Instant.now();
    byte[] pdf = receipts.build(id, now);
    handovers.complete(id, blobs.put(new ByteArrayInputStream(pdf)), now);
    deleteQuietly(settings.handoverDir(id));
    return "COMPLETED";
  }

  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove the work directory " + dir, e);
    }
  }
}
