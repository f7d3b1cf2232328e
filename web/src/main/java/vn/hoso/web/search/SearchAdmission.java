package vn.hoso.web.search;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.hoso.web.api.ApiError;
import vn.hoso.web.api.JsonbResolver;

/**
 * Searches (the page and the API) are CPU work from start to end: a few run at a time, the others
 * wait their turn in arrival order. Run all at once, 50 searches share the cores and every one of
 * them finishes late. Under 50 concurrent readers on 2 cores ({@code ./hoso bench-search-page}),
 * with the server's 32 worker threads all searching the slowest 1 % took 566 ms; 4 at a time left
 * the cores idle while one waited on the database or the index (170 pages/s, p99 367 ms), 8 at a
 * time gave 208 pages/s and p99 309 ms, 16 gave 215 and 314 ms. Other requests (downloads, uploads,
 * staff pages) keep the server's threads as before.
 *
 * <p>{@code hoso.search.concurrency} searches at once (default: four per core); one that waits
 * longer than {@code hoso.search.queueSeconds} (default 10) is answered 503 with {@code
 * Retry-After}, in words on the page and as JSON on the API.
 */
@WebFilter(urlPatterns = {"/search.xhtml", "/api/v1/search"})
public class SearchAdmission extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final int CONCURRENCY =
      Integer.getInteger("hoso.search.concurrency", 4 * Runtime.getRuntime().availableProcessors());
  static final long QUEUE_SECONDS = Long.getLong("hoso.search.queueSeconds", 10);

  /** The request attribute with the address to try again, for the busy page. */
  static final String RETRY = "hoso.retry";

  private final transient Semaphore running = new Semaphore(Math.max(1, CONCURRENCY), true);

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    boolean admitted;
    try {
      admitted = running.tryAcquire(QUEUE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      busy(req, resp);
      return;
    }
    try {
      chain.doFilter(req, resp);
    } finally {
      running.release();
    }
  }

  private static void busy(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("Retry-After", "5");
    if (req.getServletPath().startsWith("/api/")) {
      resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      resp.setContentType("application/json;charset=UTF-8");
      resp.getOutputStream()
          .write(
              JsonbResolver.shared()
                  .toJson(
                      new ApiError(
                          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                          "busy",
                          "Hệ thống đang bận vì có nhiều người tìm cùng lúc. Vui lòng thử lại"
                              + " sau vài giây.",
                          null))
                  .getBytes(StandardCharsets.UTF_8));
    } else {
      // the page offers the same search again (an error dispatch does not carry the query)
      String query = req.getQueryString();
      req.setAttribute(RETRY, req.getRequestURI() + (query == null ? "" : "?" + query));
      resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
