package vn.hoso.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Opens the PDFs the portal issues the way a reader would: veraPDF for PDF/A, PDFBox for the text.
 */
final class Pdfs {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private Pdfs() {}

  static boolean isPdfA2b(byte[] pdf) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      if (!result.isCompliant()) {
        result.getTestAssertions().stream()
            .limit(10)
            .forEach(a -> System.out.println("veraPDF: " + a));
      }
      return result.isCompliant();
    } catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Debian's pdfsig (poppler-utils) on the file: true when every signature is valid. */
  static String pdfsig(byte[] pdf) {
    try {
      java.nio.file.Path f = java.nio.file.Files.createTempFile("hoso-copy-", ".pdf");
      try {
        java.nio.file.Files.write(f, pdf);
        Process p =
            new ProcessBuilder("pdfsig", "-nocert", f.toString()).redirectErrorStream(true).start();
        String out =
            new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
      } finally {
        java.nio.file.Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new IllegalStateException("pdfsig is needed (Debian package poppler-utils)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The QR codes on a page (1-based), as a phone camera would read them. */
  static java.util.List<String> qrCodes(byte[] pdf, int page) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      java.awt.image.BufferedImage img =
          new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(page - 1, 200);
      int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
      com.google.zxing.BinaryBitmap bitmap =
          new com.google.zxing.BinaryBitmap(
              new com.google.zxing.common.HybridBinarizer(
                  new com.google.zxing.RGBLuminanceSource(
                      img.getWidth(), img.getHeight(), pixels)));
      com.google.zxing.Result[] found =
          new com.google.zxing.multi.qrcode.QRCodeMultiReader()
              .decodeMultiple(
                  bitmap,
                  java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
      return java.util.Arrays.stream(found).map(com.google.zxing.Result::getText).toList();
    } catch (com.google.zxing.NotFoundException e) {
      return java.util.List.of();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
