package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Searches beyond the number allowed at once wait their turn, and one that cannot get a turn is
 * answered 503 in words (page) or JSON (API), with Retry-After; the server keeps answering. On this
 * server one search runs at a time and none waits, so a burst of searches must see refusals.
 */
class SearchAdmissionIT {

  private static final int BURST = 24;

  @Test
  void searchesBeyondTheLimitAreToldToComeBackAndNothingBreaks() throws Exception {
    try (HosoServer server =
        HosoServer.start(
            "admission-h2",
            700,
            HosoServer.Database.h2(),
            List.of("-Dhoso.search.concurrency=1", "-Dhoso.search.queueSeconds=0"))) {
      String base = server.baseUrl();
      HttpResponse<String> api = refusedOne(base + "/api/v1/search?q=" + Http.q("quyết định"));
      assertEquals("5", api.headers().firstValue("Retry-After").orElse(""));
      assertTrue(
          api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertTrue(api.body().contains("\"error\":\"busy\""), api.body());
      assertTrue(api.body().contains("thử lại sau vài giây"), api.body());

      String search = "/search.xhtml?q=" + Http.q("kết hôn");
      HttpResponse<String> page = refusedOne(base + search);
      assertEquals("5", page.headers().firstValue("Retry-After").orElse(""));
      assertTrue(page.body().contains("Hệ thống đang bận"), page.body());
      String retry = page.body().replaceAll("(?s).*<a href=\"([^\"]*)\">Thử lại</a>.*", "$1");
      assertEquals(search, retry.replace("&amp;", "&"), "try again: the same search");

      // what a person sees: the busy page in Chromium at both widths, readable and accessible
      for (org.openqa.selenium.Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
        try (Browser b = new Browser(size)) {
          seeBusyPage(b, base + search);
          String width = size == Browser.DESKTOP ? "desktop" : "phone";
          b.screenshot("search-busy-" + width);
          b.assertNoHorizontalScroll();
          assertEquals(List.of(), b.accessibilityViolations(), "axe on the busy page");
        }
      }

      // alone, a search is answered as always
      HttpResponse<String> alone =
          Http.exchange(HttpRequest.newBuilder(URI.create(base + search)).build());
      assertEquals(200, alone.statusCode());
      assertTrue(alone.body().contains("Tìm hồ sơ, tài liệu lưu trữ"));
    }
  }

  /** Opens the search in the browser while a burst of the same search runs, until it is refused. */
  private static void seeBusyPage(Browser b, String url) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(BURST);
    try {
      for (int round = 0; round < 20; round++) {
        burst(pool, url, () -> b.open(url));
        if (b.driver().getPageSource().contains("Hệ thống đang bận")) {
          return;
        }
      }
      throw new AssertionError("the browser was never refused in 20 bursts");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sends bursts of the same search until one is refused, and checks the others were answered. */
  private static HttpResponse<String> refusedOne(String url) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(BURST);
    try {
      for (int round = 0; round < 10; round++) {
        HttpResponse<String> refused = null;
        int answered = 0;
        for (HttpResponse<String> r : burst(pool, url, () -> {})) {
          if (r.statusCode() == 503) {
            refused = r;
          } else {
            assertEquals(200, r.statusCode(), r.body());
            answered++;
          }
        }
        assertTrue(answered >= 1, "the first of a burst is always answered");
        if (refused != null) {
          return refused;
        }
      }
      throw new AssertionError("no search of 10 bursts of " + BURST + " was refused");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@value #BURST} requests for {@code url} let go at once, {@code meanwhile} run as they go;
   * their answers.
   */
  private static List<HttpResponse<String>> burst(
      ExecutorService pool, String url, Runnable meanwhile) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      sent.add(
          pool.submit(
              () -> {
                go.await();
                return Http.exchange(HttpRequest.newBuilder(URI.create(url)).build());
              }));
    }
    go.countDown();
    meanwhile.run();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> f : sent) {
      answers.add(f.get());
    }
    return answers;
  }
}
