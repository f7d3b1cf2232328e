package vn.hoso.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hoso.demo.HandoverPackageGenerator.Defects;
import vn.hoso.demo.HandoverPackageGenerator.Options;
import vn.hoso.demo.HandoverPackageGenerator.Result;

/**
 * Command line: writes synthetic handover packages for demos, tests and benchmarks.
 *
 * <pre>
 * java -cp ... vn.hoso.demo.GenerateHandoverPackages --out /tmp/packages --packages 3 \
 *     --dossiers 10 --pages-per-doc 1-4 --seed 42 --defects heavy --zip --text \
 *     --origin commune:27169
 * </pre>
 */
public final class GenerateHandoverPackages {

  static final String USAGE =
      """
      Usage: GenerateHandoverPackages --out DIR [options]

      Writes synthetic handover packages (BagIt, spec handover-package.md v1) and, beside each,
      <bag>.truth.jsonl with the exact text of every page.

        --out DIR               directory to write into (created if missing); required
        --packages N            number of packages, package i uses seed S+i  [1]
        --dossiers D            dossiers per package  [5]
        --docs-per-dossier A-B  documents per dossier  [2-4]
        --pages-per-doc A-B     pages per document  [1-3]
        --seed S                the same seed gives the same bytes  [1]
        --dpi N                 scan resolution, 200-300  [200]
        --defects LEVEL         scan defects: none, light or heavy  [light]
        --formats LIST          image formats; repeat one to weight it  [jpg,jpg,png,tif]
        --pdf-share X           share of documents delivered as PDF, 0-1  [0.25]
        --text                  include the contractor's OCR text (.txt)
        --origin LEVEL:CODE     old unit: commune:27169, district:771, province:79  [random]
        --receiving CODE        new unit receiving the package  [the origin's successor]
        --zip                   deliver each bag as a .zip
        --threads N             pages rendered in parallel  [cores, at most 4]
        -h, --help              this text
      """;

  private GenerateHandoverPackages() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command; returns the exit code (0 ok, 1 failure, 2 usage error). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options o = Options.defaults();
    Path dir = null;
    int packages = 1;
    int threads = 0;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          case "--out" -> dir = Path.of(value(args, ++i, a));
          case "--packages" -> packages = positive(value(args, ++i, a), a);
          case "--dossiers" -> o = o.withDossiers(positive(value(args, ++i, a), a));
          case "--docs-per-dossier" -> {
            int[] r = range(value(args, ++i, a), a);
            o = o.withDocuments(r[0], r[1]);
          }
          case "--pages-per-doc" -> {
            int[] r = range(value(args, ++i, a), a);
            o = o.withPages(r[0], r[1]);
          }
          case "--seed" -> o = o.withSeed(Long.parseLong(value(args, ++i, a)));
          case "--dpi" -> o = o.withDpi(Integer.parseInt(value(args, ++i, a)));
          case "--defects" ->
              o = o.withDefects(Defects.valueOf(value(args, ++i, a).toUpperCase(Locale.ROOT)));
          case "--formats" -> o = o.withImageFormats(value(args, ++i, a).split(","));
          case "--pdf-share" -> o = o.withPdfShare(Double.parseDouble(value(args, ++i, a)));
          case "--text" -> o = o.withText(true);
          case "--origin" -> o = o.withOrigin(value(args, ++i, a));
          case "--receiving" -> o = o.withReceivingUnit(value(args, ++i, a));
          case "--zip" -> o = o.withZip(true);
          case "--threads" -> threads = positive(value(args, ++i, a), a);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (dir == null) {
        throw new IllegalArgumentException("--out is required");
      }
    } catch (IllegalArgumentException e) {
      // NumberFormatException and a bad --defects value land here too.
      err.println("error: " + e.getMessage());
      err.println();
      err.print(USAGE);
      return 2;
    }
    HandoverPackageGenerator generator =
        threads > 0 ? new HandoverPackageGenerator(threads) : new HandoverPackageGenerator();
    List<Result> results = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (int p = 0; p < packages; p++) {
        Result r = generator.generate(o.withSeed(o.seed() + p), dir);
        results.add(r);
        out.printf(
            Locale.ROOT,
            "%s  %s -> %s  %d dossiers, %d documents, %d pages, %s, %.1f s%n",
            r.path(),
            r.originUnit(),
            r.receivingUnit(),
            r.dossiers(),
            r.documents(),
            r.pages(),
            BagFiles.humanSize(r.payloadBytes()),
            r.millis() / 1000.0);
        out.println("    ground truth: " + r.truthFile());
      }
    } catch (IOException | RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    if (packages > 1) {
      int pages = results.stream().mapToInt(Result::pages).sum();
      long bytes = results.stream().mapToLong(Result::payloadBytes).sum();
      double s = (System.nanoTime() - started) / 1e9;
      out.printf(
          Locale.ROOT,
          "%d packages, %d pages, %s in %.1f s (%.0f pages/s)%n",
          packages,
          pages,
          BagFiles.humanSize(bytes),
          s,
          pages / s);
    }
    return 0;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String v, String option) {
    int n = Integer.parseInt(v);
    if (n < 1) {
      throw new IllegalArgumentException(option + " must be at least 1");
    }
    return n;
  }

  /** "1-3" → {1, 3}; "2" → {2, 2}. */
  private static int[] range(String v, String option) {
    String[] p = v.split("-", 2);
    int a = Integer.parseInt(p[0].trim());
    int b = p.length > 1 ? Integer.parseInt(p[1].trim()) : a;
    if (a < 1 || b < a) {
      throw new IllegalArgumentException(option + " must be A-B with 1 <= A <= B, got " + v);
    }
    return new int[] {a, b};
  }
}
