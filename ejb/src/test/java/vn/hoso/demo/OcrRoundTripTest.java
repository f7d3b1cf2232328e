package vn.hoso.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator.Defects;
import vn.hoso.demo.Layout.Composer;
import vn.hoso.demo.Layout.Page;
import vn.hoso.demo.Layout.Seg;

/**
 * A clean rendered page must be readable: Debian's tesseract with the Vietnamese model reads it
 * with a character error rate under 2 % (the portal's OCR relies on it). Skipped where tesseract or
 * its "vie" model is not installed.
 */
class OcrRoundTripTest {

  @TempDir Path dir;

  @Test
  void tesseractReadsACleanPage(TestReporter report) throws Exception {
    assumeTrue(tesseractWithVietnamese(), "tesseract with the 'vie' model is not installed");
    ResolutionCorpus.Resolution r = ResolutionCorpus.parse("1685_NQ-UBTVQH15.md");
    Composer c = new Composer();
    for (ResolutionCorpus.Paragraph p : r.body()) {
      if (c.pageCount() > 1) {
        break;
      }
      c.paragraph(
          28, 0, Layout.BODY, List.of(p.italic() ? Seg.italic(p.text()) : Seg.of(p.text())));
    }
    Page page = c.pages().get(0);
    BufferedImage img =
        PageRenderer.render(
            page, 300, PageRenderer.Scan.of(Defects.NONE, new java.util.Random(1)), 1);
    Path png = dir.resolve("page.png");
    Files.write(png, PageRenderer.encode(img, "png", 300, 0.9f));
    String text = ocr(png);
    double cer = TextMetrics.characterErrorRate(page.text(), text);
    report.publishEntry("CER", String.format("%.4f", cer));
    assertTrue(cer < 0.02, "CER " + cer + "\n" + text);
  }

  /**
   * A whole generated form — two-column header, fields, signature and seal — at 300 dpi without
   * defects: the ground truth's reading order (rows left to right) is the order tesseract reads in,
   * so only the pen strokes of the signature, read as a few stray characters, count as errors.
   */
  @Test
  void tesseractReadsAWholeGeneratedDocumentInTheTruthsOrder(TestReporter report) throws Exception {
    assumeTrue(tesseractWithVietnamese(), "tesseract with the 'vie' model is not installed");
    HandoverPackageGenerator.Result r =
        new HandoverPackageGenerator(2)
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(11)
                    .withOrigin("commune:27169")
                    .withDossiers(1)
                    .withDocuments(1, 1)
                    .withPages(1, 1)
                    .withDpi(300)
                    .withDefects(Defects.NONE)
                    .withImageFormats("png")
                    .withPdfShare(0),
                dir);
    HandoverPackageGenerator.PageTruth t = r.truth().get(0);
    double cer = TextMetrics.characterErrorRate(t.text(), ocr(r.bag().resolve(t.file())));
    report.publishEntry("CER", String.format("%.4f", cer));
    assertTrue(cer < 0.05, "CER " + cer + " on " + t.file());
  }

  private static String ocr(Path image) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "-", "-l", "vie");
    // OpenMP makes tesseract several times slower on two cores; one thread per page is faster.
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return text;
  }

  static boolean tesseractWithVietnamese() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      return out.lines().anyMatch(l -> l.trim().equals("vie"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
