package vn.hoso.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins per address: blocked after the limit, free again when the window has passed. */
class LoginThrottleTest {

  @Test
  void blocksAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
    HandClock clock = new HandClock(Instant.parse("2026-11-26T01:00:00Z"));
    LoginThrottle t = new LoginThrottle(clock, 100);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      t.failed("10.0.0.1");
      clock.now = clock.now.plusSeconds(1);
    }
    assertNull(t.blockedUntil("10.0.0.1"));
    t.failed("10.0.0.1");
    Instant until = t.blockedUntil("10.0.0.1");
    assertNotNull(until);
    assertEquals(Instant.parse("2026-11-26T01:00:00Z").plus(LoginThrottle.WINDOW), until);
    // another address is not affected
    assertNull(t.blockedUntil("10.0.0.2"));
    clock.now = until.plusSeconds(1);
    assertNull(t.blockedUntil("10.0.0.1"));
  }

  @Test
  void aSuccessClearsTheAddress() {
    HandClock clock = new HandClock(Instant.parse("2026-11-26T01:00:00Z"));
    LoginThrottle t = new LoginThrottle(clock, 100);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      t.failed("10.0.0.1");
    }
    t.succeeded("10.0.0.1");
    assertNull(t.blockedUntil("10.0.0.1"));
  }

  @Test
  void memoryIsBounded() {
    HandClock clock = new HandClock(Instant.parse("2026-11-26T01:00:00Z"));
    LoginThrottle t = new LoginThrottle(clock, 10);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      t.failed("victim");
    }
    // many other addresses push the oldest out; the map never grows past its capacity
    for (int i = 0; i < 50; i++) {
      t.failed("spray-" + i);
    }
    assertNull(t.blockedUntil("victim"));
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertNull(t.blockedUntil("spray-49"));
  }
}
