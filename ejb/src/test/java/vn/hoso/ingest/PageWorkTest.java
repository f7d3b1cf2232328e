package vn.hoso.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.storage.BlobStore;

/** A scanned PDF page is OCR'd from an uncompressed copy of its rendering, with the same result. */
class PageWorkTest {

  @TempDir Path dir;

  @Test
  void theGreyMapHoldsThePixelsOfTheImage() throws IOException {
    BufferedImage image = new BufferedImage(7, 3, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 7; x++) {
        image.getRaster().setSample(x, y, 0, (x * 37 + y * 91) % 256);
      }
    }
    Path pgm = dir.resolve("page.pgm");
    PageWork.writePgm(image, pgm);
    byte[] file = Files.readAllBytes(pgm);
    byte[] header = "P5\n7 3\n255\n".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(header, Arrays.copyOf(file, header.length));
    assertEquals(header.length + 21, file.length);
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 7; x++) {
        assertEquals(
            image.getRaster().getSample(x, y, 0),
            file[header.length + y * 7 + x] & 0xFF,
            x + "," + y);
      }
    }
  }

  @Test
  void aScannedPdfPageReadsTheSameAsFromAPng() throws IOException {
    TesseractOcr ocr = new TesseractOcr();
    assumeTrue(ocr.available(), "tesseract with the 'vie' model is not installed");
    HandoverPackageGenerator.Result r =
        new HandoverPackageGenerator(1)
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(4)
                    .withDossiers(2)
                    .withDocuments(2, 2)
                    .withPages(1, 1)
                    .withPdfShare(1.0)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169"),
                dir.resolve("pkg"));
    HandoverPackageGenerator.PageTruth scanned =
        r.truth().stream().filter(t -> t.source().equals("pdf-scan")).findFirst().orElseThrow();
    String pdfFile = scanned.file().substring(0, scanned.file().indexOf('#'));
    Path pdf = r.bag().resolve(pdfFile);
    PageWork.Result result =
        new PageWork(new BlobStore(dir.resolve("blobs")), ocr, 60)
            .process(
                r.bag(),
                new IngestPlan.PagePlan(
                    pdfFile,
                    sha256(pdf),
                    "application/pdf",
                    scanned.page(),
                    null,
                    null,
                    false,
                    null));
    Path png = dir.resolve("page.png");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      BufferedImage image =
          new PDFRenderer(doc).renderImageWithDPI(scanned.page() - 1, 300, ImageType.GRAY);
      ImageIO.write(image, "png", png.toFile());
    }
    TesseractOcr.Result fromPng = ocr.read(png);
    assertTrue(fromPng.words() > 50, "words read: " + fromPng.words());
    assertEquals(fromPng.text(), result.text().content());
    assertEquals(fromPng.wordBoxes(), result.text().wordBoxes());
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
