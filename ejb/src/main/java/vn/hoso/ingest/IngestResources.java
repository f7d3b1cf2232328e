package vn.hoso.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.hoso.storage.BlobStore;

/**
 * The one blob store, OCR engine and settings of this server, for the ingest job and the pages that
 * show scans.
 */
@ApplicationScoped
public class IngestResources {

  private final IngestSettings settings = IngestSettings.fromSystem();
  private final BlobStore blobs = new BlobStore(settings.blobDir());
  private final TesseractOcr ocr = new TesseractOcr();

  @Produces
  public IngestSettings settings() {
    return settings;
  }

  @Produces
  public BlobStore blobStore() {
    return blobs;
  }

  @Produces
  public TesseractOcr ocr() {
    return ocr;
  }
}
