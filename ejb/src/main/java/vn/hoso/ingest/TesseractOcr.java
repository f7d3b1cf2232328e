package vn.hoso.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;

/**
 * Vietnamese OCR with the tesseract command and its {@code vie} model, one process per page. The
 * command line is the robust choice on this platform (the JNI wrapper ties us to one Leptonica).
 * Word boxes come from the TSV output, so a search hit can be highlighted on the image.
 */
public final class TesseractOcr {

  /**
   * What OCR read on a page: NFC text, the words with their boxes (TSV lines), the mean word
   * confidence.
   */
  public record Result(String text, String wordBoxes, double meanConfidence, int words) {}

  private static final long TIMEOUT_SECONDS = 180;

  private final String command;

  public TesseractOcr() {
    this(System.getProperty("hoso.ocr.command", "tesseract"));
  }

  TesseractOcr(String command) {
    this.command = command;
  }

  /** Whether tesseract with the Vietnamese model can be run here. */
  public boolean available() {
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(30, TimeUnit.SECONDS)
          && p.exitValue() == 0
          && out.lines().anyMatch("vie"::equals);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public Result read(Path image) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command, image.toString(), "stdout", "-l", "vie", "--psm", "3", "tsv");
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Path err = Files.createTempFile("tesseract-", ".err");
    pb.redirectError(err.toFile());
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(
            "tesseract took longer than " + TIMEOUT_SECONDS + " s on " + image.getFileName());
      }
      if (p.exitValue() != 0) {
        throw new IOException(
            "tesseract failed on " + image.getFileName() + ": " + Files.readString(err).strip());
      }
      return parseTsv(new String(out, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /**
   * Tesseract's TSV: level, page, block, par, line, word, left, top, width, height, conf, text.
   * Words (level 5) with their boxes are kept as "left top width height conf word" lines; the text
   * is rebuilt line by line.
   */
  static Result parseTsv(String tsv) {
    StringBuilder text = new StringBuilder();
    StringBuilder boxes = new StringBuilder();
    String lastLine = null;
    String lastPar = null;
    double confSum = 0;
    int words = 0;
    for (String line : tsv.split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5")) {
        continue;
      }
      String word = Normalizer.normalize(f[11].strip(), Normalizer.Form.NFC);
      if (word.isEmpty()) {
        continue;
      }
      String par = f[2] + "/" + f[3];
      String lineKey = par + "/" + f[4];
      if (lastLine != null) {
        text.append(lineKey.equals(lastLine) ? " " : par.equals(lastPar) ? "\n" : "\n\n");
      }
      text.append(word);
      lastLine = lineKey;
      lastPar = par;
      double conf = Double.parseDouble(f[10]);
      if (conf >= 0) {
        confSum += conf;
        words++;
      }
      boxes
          .append(f[6])
          .append(' ')
          .append(f[7])
          .append(' ')
          .append(f[8])
          .append(' ')
          .append(f[9])
          .append(' ')
          .append(Math.round(conf))
          .append(' ')
          .append(word)
          .append('\n');
    }
    return new Result(text.toString(), boxes.toString(), words == 0 ? 0 : confSum / words, words);
  }
}
