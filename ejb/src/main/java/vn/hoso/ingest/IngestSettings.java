package vn.hoso.ingest;

import java.nio.file.Path;

/**
 * Where ingest keeps its files and how hard it works. Read from system properties so an operator
 * can change them in the server's configuration; the defaults suit one machine.
 *
 * <ul>
 *   <li>{@code hoso.data.dir} — default {@code ${jboss.server.data.dir}/hoso}: the blob store
 *       ({@code blobs/}) and the handovers being worked on ({@code work/})
 *   <li>{@code hoso.ocr.threads} — default: the number of cores; tesseract runs one process per
 *       page with {@code OMP_THREAD_LIMIT=1}, which is about four times faster on two cores than
 *       letting it use OpenMP
 *   <li>{@code hoso.ocr.minConfidence} — default 70: pages whose mean word confidence is lower are
 *       flagged
 *   <li>{@code hoso.upload.maxBytes} — default 2 GiB: the largest package accepted over the API
 * </ul>
 */
public record IngestSettings(
    Path dataDir, int ocrThreads, double minConfidence, long maxUploadBytes) {

  public static IngestSettings fromSystem() {
    String base = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    Path data = Path.of(System.getProperty("hoso.data.dir", Path.of(base, "hoso").toString()));
    int cores = Runtime.getRuntime().availableProcessors();
    return new IngestSettings(
        data,
        Integer.getInteger("hoso.ocr.threads", cores),
        Double.parseDouble(System.getProperty("hoso.ocr.minConfidence", "70")),
        Long.getLong("hoso.upload.maxBytes", 2L << 30));
  }

  public Path blobDir() {
    return dataDir.resolve("blobs");
  }

  /**
   * Where packages the server can read as directories are taken from ({@code hoso.import.dir},
   * default {@code <data>/import}); an archivist cannot point the server at any other folder.
   */
  public Path importDir() {
    return Path.of(System.getProperty("hoso.import.dir", dataDir.resolve("import").toString()));
  }

  public Path workDir() {
    return dataDir.resolve("work");
  }

  public Path handoverDir(long handoverId) {
    return workDir().resolve("handover-" + handoverId);
  }
}
