package vn.hoso.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentCredentialsTest {

  @Test
  void remembersOnlyThePairThatPassedAndOnlyForItsLifetime() {
    HandClock clock = new HandClock(Instant.parse("2026-11-25T08:00:00Z"));
    RecentCredentials recent = new RecentCredentials(Duration.ofMinutes(2), 10, clock);
    assertFalse(recent.contains("archivist", "secret".toCharArray()));
    recent.add("archivist", "secret".toCharArray());
    assertTrue(recent.contains("archivist", "secret".toCharArray()));
    assertFalse(recent.contains("archivist", "secreT".toCharArray()), "another password");
    assertFalse(recent.contains("archivist2", "secret".toCharArray()), "another name");
    // name and password are separated, so "a" + "bc" is not "ab" + "c"
    recent.add("ab", "c".toCharArray());
    assertFalse(recent.contains("a", "bc".toCharArray()));
    clock.now = clock.now.plus(Duration.ofSeconds(119));
    assertTrue(recent.contains("archivist", "secret".toCharArray()));
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertFalse(recent.contains("archivist", "secret".toCharArray()), "expired");
  }

  @Test
  void staysWithinItsCapacity() {
    HandClock clock = new HandClock(Instant.parse("2026-11-25T08:00:00Z"));
    RecentCredentials recent = new RecentCredentials(Duration.ofMinutes(2), 3, clock);
    for (int i = 0; i < 3; i++) {
      recent.add("user" + i, "pw".toCharArray());
    }
    recent.add("user3", "pw".toCharArray());
    assertTrue(recent.contains("user3", "pw".toCharArray()));
    int kept = 0;
    for (int i = 0; i < 3; i++) {
      kept += recent.contains("user" + i, "pw".toCharArray()) ? 1 : 0;
    }
    assertTrue(kept < 3, "a full table makes room");
  }
}
