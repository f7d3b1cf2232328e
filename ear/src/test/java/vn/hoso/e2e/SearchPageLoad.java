package vn.hoso.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * The search page under 50 concurrent users on loopback: each user loads {@code /search.xhtml} with
 * a query (facets, snippets, the whole page rendered), again and again for 30 s; beside it, in the
 * same run, the same users load the health API (the server's floor for a request). Prints p50/p99
 * and requests/s. Run with {@code ./hoso bench-search-page}.
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
      System.out.printf("%d pages indexed; %d users, 30 s each run%n", pkg.pages(), USERS);
      run(base, i -> "/api/v1/health", Duration.ofSeconds(5)); // warm-up
      run(
          base,
          i -> "/search.xhtml?q=" + Http.q(QUERIES.get(i % QUERIES.size())),
          Duration.ofSeconds(10));
      long[] floor = run(base, i -> "/api/v1/health", Duration.ofSeconds(30));
      long[] page =
          run(
              base,
              i -> "/search.xhtml?q=" + Http.q(QUERIES.get(i % QUERIES.size())),
              Duration.ofSeconds(30));
      System.out.println();
      print("health API (floor)", floor);
      print("search page (q, facets, snippets)", page);
      System.out.printf("search page p99: %.0f ms (target <= 300 ms)%n", pct(page, 99));
    } finally {
      server.close();
    }
  }

  private static void print(String name, long[] nanos) {
    System.out.printf(
        "%-36s p50 %6.1f ms  p99 %6.1f ms  %7.0f req/s%n",
        name, pct(nanos, 50), pct(nanos, 99), nanos.length / 30.0);
  }

  private static long[] run(String base, java.util.function.IntFunction<String> path, Duration d)
      throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<Long> all = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    long end = System.nanoTime() + d.toNanos();
    Thread[] users = new Thread[USERS];
    for (int u = 0; u < USERS; u++) {
      int user = u;
      users[u] =
          new Thread(
              () -> {
                Random r = new Random(user);
                while (System.nanoTime() < end) {
                  HttpRequest req =
                      HttpRequest.newBuilder(URI.create(base + path.apply(r.nextInt(1000))))
                          .GET()
                          .build();
                  long t = System.nanoTime();
                  try {
                    HttpResponse<byte[]> resp =
                        client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    if (resp.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  all.add(System.nanoTime() - t);
                }
              });
      users[u].start();
    }
    for (Thread t : users) {
      t.join();
    }
    if (errors.get() > 0) {
      System.out.println("errors: " + errors.get());
    }
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    java.util.Arrays.sort(s);
    return s.length == 0
        ? 0
        : s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
  }
}
