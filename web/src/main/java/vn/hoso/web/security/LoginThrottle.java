package vn.hoso.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per client address: after {@link #MAX_FAILURES} within {@link #WINDOW} the
 * address must wait until the oldest failure leaves the window, whatever account it tries. The
 * account lock-out (five failures on one account) stops guessing one password; this stops trying
 * one password on many accounts. Bounded in memory: the least recently seen addresses are dropped.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 20;
  public static final Duration WINDOW = Duration.ofMinutes(10);

  private final Clock clock;
  private final int capacity;
  private final Map<String, Deque<Instant>> failures;

  public LoginThrottle(Clock clock, int capacity) {
    this.clock = clock;
    this.capacity = capacity;
    this.failures =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> e) {
            return size() > LoginThrottle.this.capacity;
          }
        };
  }

  /** Empty when the address may try now; otherwise when it may try again. */
  public synchronized Instant blockedUntil(String client) {
    Deque<Instant> d = failures.get(client);
    if (d == null) {
      return null;
    }
    prune(d);
    return d.size() >= MAX_FAILURES ? d.peekFirst().plus(WINDOW) : null;
  }

  public synchronized void failed(String client) {
    Deque<Instant> d = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
    prune(d);
    d.addLast(clock.instant());
    while (d.size() > MAX_FAILURES) {
      d.removeFirst();
    }
  }

  public synchronized void succeeded(String client) {
    failures.remove(client);
  }

  private void prune(Deque<Instant> d) {
    Instant from = clock.instant().minus(WINDOW);
    while (!d.isEmpty() && d.peekFirst().isBefore(from)) {
      d.removeFirst();
    }
  }
}
