package vn.hoso.signing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code pdfsig} (poppler-utils) as an independent judge of a signature. Certificate trust
 * is not asked ({@code -nocert}): the embedded default's local authority is trusted by nobody.
 */
public final class Pdfsig {

  private Pdfsig() {}

  public static String check(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("hoso-signed-", ".pdf");
    try {
      Files.write(file, pdf);
      Process p;
      try {
        p =
            new ProcessBuilder("pdfsig", "-nocert", file.toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        fail("pdfsig is needed (Debian package poppler-utils; ./hoso test installs it)", e);
        throw e;
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("pdfsig did not finish");
      }
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Whether pdfsig found exactly {@code count} signatures, all valid and covering the file. */
  public static boolean allValid(String report, int count) {
    long valid =
        report.lines().filter(l -> l.contains("Signature Validation: Signature is Valid.")).count();
    long total = report.lines().filter(l -> l.matches("^Signature #\\d+:.*")).count();
    return total == count
        && valid == count
        && report.lines().noneMatch(l -> l.contains("Signature Validation: Signature is Invalid"))
        && report.contains("Total document signed");
  }
}
