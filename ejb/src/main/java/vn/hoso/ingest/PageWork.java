package vn.hoso.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.hoso.records.Page;
import vn.hoso.storage.BlobStore;

/**
 * Turns one planned page into what is stored: its file in the blob store, its text — the
 * contractor's when supplied (kept and marked as such), the PDF's own text layer when it has one,
 * otherwise OCR of the rendered page — and its perceptual hash. Safe to run for several pages at
 * once.
 */
final class PageWork {

  /** Resolution at which a scanned PDF page is rendered for OCR. */
  private static final float OCR_DPI = 300;

  /** Largest image rendered from a PDF page, as for scans (IngestLimits' default). */
  private static final double MAX_RENDER_PIXELS = 40_000_000;

  record Result(
      IngestPlan.PagePlan plan,
      BlobStore.Stored blob,
      Page.Text text,
      long perceptualHash,
      Integer width,
      Integer height) {}

  private final BlobStore blobs;
  private final TesseractOcr ocr;
  private final double minConfidence;

  PageWork(BlobStore blobs, TesseractOcr ocr, double minConfidence) {
    this.blobs = blobs;
    this.ocr = ocr;
    this.minConfidence = minConfidence;
  }

  Result process(Path bagDir, IngestPlan.PagePlan p) throws IOException {
    Path file = bagDir.resolve(p.file()).normalize();
    if (!file.startsWith(bagDir)) {
      throw new IOException("page file outside the bag: " + p.file());
    }
    BlobStore.Stored blob = blobs.put(file);
    if (!blob.sha256().equals(p.sha256())) {
      throw new IOException(
          "file " + p.file() + " changed since the check (SHA-256 " + blob.sha256() + ")");
    }
    if (p.pdfPage() != null) {
      return pdfPage(file, p, blob);
    }
    Page.Text text = p.suppliedText() != null ? supplied(p.suppliedText()) : ocr(file);
    return new Result(
        p, blob, text, PerceptualHash.of(readSubsampled(file)), p.width(), p.height());
  }

  private Result pdfPage(Path file, IngestPlan.PagePlan p, BlobStore.Stored blob)
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      int index = p.pdfPage() - 1;
      PDFRenderer renderer = new PDFRenderer(pdf);
      Page.Text text;
      BufferedImage image;
      if (p.suppliedText() != null) {
        text = supplied(p.suppliedText());
        image = renderer.renderImageWithDPI(index, 72, ImageType.GRAY);
      } else if (p.pdfTextLayer()) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p.pdfPage());
        stripper.setEndPage(p.pdfPage());
        text =
            new Page.Text(
                Page.TextSource.PDF_TEXT, nfc(stripper.getText(pdf)).strip(), null, null, false);
        image = renderer.renderImageWithDPI(index, 72, ImageType.GRAY);
      } else {
        image = renderer.renderImageWithDPI(index, dpiWithin(pdf, index), ImageType.GRAY);
        Path png = Files.createTempFile("hoso-page-", ".png");
        try {
          ImageIO.write(image, "png", png.toFile());
          text = ocr(png);
        } finally {
          Files.deleteIfExists(png);
        }
      }
      return new Result(
          p, blob, text, PerceptualHash.of(image), image.getWidth(), image.getHeight());
    }
  }

  /**
   * The OCR resolution, lowered for an oversized page so that the rendered image stays under the
   * pixel limit (a PDF can declare a page of any size; rendering it at 300 dpi could exhaust
   * memory).
   */
  private static float dpiWithin(PDDocument pdf, int index) {
    var box = pdf.getPage(index).getMediaBox();
    double pixelsAt300 = (box.getWidth() / 72.0 * OCR_DPI) * (box.getHeight() / 72.0 * OCR_DPI);
    if (pixelsAt300 <= MAX_RENDER_PIXELS) {
      return OCR_DPI;
    }
    return (float) Math.max(10, OCR_DPI * Math.sqrt(MAX_RENDER_PIXELS / pixelsAt300));
  }

  /**
   * The page at a quarter of its resolution, enough for the perceptual hash and four to sixteen
   * times cheaper to decode than the full scan (the checker already decoded it once in full).
   */
  private static BufferedImage readSubsampled(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("unreadable image " + file.getFileName());
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(4, 4, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  private Page.Text ocr(Path image) throws IOException {
    TesseractOcr.Result r = ocr.read(image);
    return new Page.Text(
        Page.TextSource.OCR,
        r.text(),
        r.wordBoxes(),
        r.meanConfidence(),
        r.meanConfidence() < minConfidence);
  }

  private static Page.Text supplied(String text) {
    return new Page.Text(Page.TextSource.SUPPLIED, nfc(text).strip(), null, null, false);
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
