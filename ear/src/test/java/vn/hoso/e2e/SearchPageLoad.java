package vn.hoso.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * The search page under 50 concurrent users on loopback (wrk, 50 connections): each loads {@code
 * /search.xhtml} with a query (facets, snippets, the whole page rendered), again and again for 30
 * s; beside it, in the same run, the same load on the health API (the server's floor for a
 * request). Prints p50/p99 and requests/s. Run with {@code ./hoso bench-search-page}.
 */
public final class SearchPageLoad {

  private static final int USERS = 50;
  private static final List<String> QUERIES =
      List.of(
          "quyet dinh",
          "uy ban nhan dan",
          "giay khai sinh",
          "\"dang ky\"",
          "dat",
          "nghia",
          "ket hon",
          "xay dung",
          "ho kinh doanh",
          "phuong");

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("hoso-load");
    HandoverPackageGenerator.Result pkg =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(77)
                    .withDossiers(20)
                    .withDocuments(2, 3)
                    .withPages(1, 3)
                    .withText(true)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169")
                    .withZip(true),
                dir.resolve("pkg"));
    HosoServer server = HosoServer.start("load", 500, HosoServer.Database.h2());
    try {
      Http.Answer a = Http.postPackage(server.baseUrl(), pkg.path());
      HandoversApiIT.awaitFinished(a.location());
      String base = server.baseUrl();
      System.out.printf(
          "%d pages indexed; %d users (wrk connections), %d s each run%n",
          pkg.pages(), USERS, SECONDS);
      List<String> search = QUERIES.stream().map(q -> "/search.xhtml?q=" + Http.q(q)).toList();
      wrk(base, dir, List.of("/api/v1/health"), 5); // warm-up
      wrk(base, dir, search, 10);
      Figures floor = wrk(base, dir, List.of("/api/v1/health"), SECONDS);
      Figures page = wrk(base, dir, search, SECONDS);
      System.out.println();
      floor.print("health API (floor)");
      page.print("search page (q, facets, snippets)");
      System.out.printf(
          "search page p99: %.0f ms (target <= 300 ms); throughput %.2f of the floor's%n",
          page.p99, page.perSecond / floor.perSecond);
    } finally {
      server.close();
    }
  }

  private static final int SECONDS = 30;

  /** What wrk measured: latency percentiles in ms, requests per second, and failures. */
  record Figures(double p50, double p99, double perSecond, long failed) {
    void print(String name) {
      System.out.printf(
          "%-36s p50 %6.1f ms  p99 %6.1f ms  %7.0f req/s%s%n",
          name, p50, p99, perSecond, failed > 0 ? "  (" + failed + " failed)" : "");
    }
  }

  /**
   * {@code USERS} connections on 2 threads loading the paths in turn for {@code seconds}: wrk
   * (Debian package {@code wrk}) is written in C, so the load costs the 2 cores far less than the
   * server's work.
   */
  private static Figures wrk(String base, Path dir, List<String> paths, int seconds)
      throws Exception {
    Path script = dir.resolve("paths.lua");
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String p : paths) {
      lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
    }
    lua.append(
        "}\nlocal i = 0\n"
            + "request = function()\n  i = i + 1\n"
            + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
    Files.writeString(script, lua);
    Process p =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + USERS,
                "-d" + seconds + "s",
                "--latency",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                base + "/")
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    return new Figures(
        millis(out, "^\\s+50%\\s+(\\S+)"),
        millis(out, "^\\s+99%\\s+(\\S+)"),
        Double.parseDouble(find(out, "Requests/sec:\\s+(\\S+)")),
        Long.parseLong(find(out, "Non-2xx or 3xx responses: (\\d+)", "0"))
            + Long.parseLong(find(out, "Socket errors: connect (\\d+)", "0")));
  }

  private static double millis(String out, String regex) {
    String v = find(out, regex);
    double n = Double.parseDouble(v.replaceAll("[a-z]+$", ""));
    return v.endsWith("us") ? n / 1000 : v.endsWith("ms") ? n : n * 1000;
  }

  private static String find(String out, String regex) {
    String v = find(out, regex, null);
    if (v == null) {
      throw new IllegalStateException("not in wrk's output (" + regex + "):\n" + out);
    }
    return v;
  }

  private static String find(String out, String regex, String otherwise) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.MULTILINE).matcher(out);
    return m.find() ? m.group(1) : otherwise;
  }
}
