package vn.hoso.ingest;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
    return new Result(p, blob, text, PerceptualHash.of(readForHash(file)), p.width(), p.height());
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
        Path pgm = Files.createTempFile("hoso-page-", ".pgm");
        try {
          writePgm(image, pgm);
          text = ocr(pgm);
        } finally {
          Files.deleteIfExists(pgm);
        }
      }
      return new Result(
          p, blob, text, PerceptualHash.of(image), image.getWidth(), image.getHeight());
    }
  }

  /**
   * Writes a grey image as binary PGM for tesseract (Leptonica reads it): the same pixels as a PNG,
   * read the same (same text, same word boxes), but written in about 11 ms instead of 150 for an A4
   * page at 300 dpi — the PNG's compression was the largest part of the portal's own CPU for a
   * scanned PDF page. The file is about 8.7 MB and lives only while tesseract reads it.
   */
  static void writePgm(BufferedImage image, Path file) throws IOException {
    BufferedImage grey = image;
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = grey.createGraphics();
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    int w = grey.getWidth();
    byte[] row = new byte[w];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(
          ("P5\n" + w + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      for (int y = 0; y < grey.getHeight(); y++) {
        grey.getRaster().getDataElements(0, y, w, 1, row);
        out.write(row);
      }
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
   * Pixels decoded at most for the perceptual hash: an A4 page at 300 dpi has 8.7 million, so scans
   * are decoded whole; only a larger image is subsampled, to bound the memory of pages worked at
   * once (the checker allows 40 million).
   */
  private static final long HASH_DECODE_PIXELS = 12_000_000L;

  /**
   * The page image its perceptual hash is taken of: the whole image, as the hash's thresholds were
   * measured on ({@link PerceptualHash#NEAR}), or an oversized one subsampled to about {@value
   * #HASH_DECODE_PIXELS} pixels. Decoding every page at a quarter of its resolution saved little
   * CPU — ImageIO's JPEG reader decodes every block before it drops pixels (7 ms against 8 for a
   * 200 dpi page), its PNG reader is slower subsampled — and, dropping pixels without averaging
   * them, it moved the hash of lightly worn generated scans 2–23 bits from the whole image's, so
   * that two scans of one sheet often fell outside {@link PerceptualHash#NEAR} ({@code
   * PerceptualHashTest}).
   */
  static BufferedImage readForHash(Path file) throws IOException {
    return decode(file, 0);
  }

  /** The image with every {@code step}-th pixel of every {@code step}-th row. */
  static BufferedImage subsampled(Path file, int step) throws IOException {
    return decode(file, step);
  }

  /** Decodes with this subsampling step, or (0) the least that keeps the hash's pixel bound. */
  private static BufferedImage decode(Path file, int step) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException("unreadable image " + file.getFileName());
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if (step == 0) {
          double pixels = (double) reader.getWidth(0) * reader.getHeight(0);
          step = (int) Math.ceil(Math.sqrt(pixels / HASH_DECODE_PIXELS));
        }
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
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
