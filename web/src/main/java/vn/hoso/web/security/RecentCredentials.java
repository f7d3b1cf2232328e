package vn.hoso.web.security;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Name and password pairs that passed the slow password check a moment ago. Only a keyed HMAC of
 * the pair is held (key drawn at random when the server starts, never stored), each entry for a
 * short time; a pair that never passed the check is never remembered, so a wrong password always
 * pays the full check.
 */
final class RecentCredentials {

  private final Duration lifetime;
  private final int capacity;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Instant> passed = new ConcurrentHashMap<>();

  RecentCredentials(Duration lifetime, int capacity) {
    this(lifetime, capacity, Clock.systemUTC());
  }

  RecentCredentials(Duration lifetime, int capacity, Clock clock) {
    this.lifetime = lifetime;
    this.capacity = capacity;
    this.clock = clock;
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    this.key = new SecretKeySpec(k, "HmacSHA256");
  }

  boolean contains(String name, char[] password) {
    String tag = tag(name, password);
    Instant until = passed.get(tag);
    if (until == null) {
      return false;
    }
    if (!clock.instant().isBefore(until)) {
      passed.remove(tag, until);
      return false;
    }
    return true;
  }

  void add(String name, char[] password) {
    Instant now = clock.instant();
    if (passed.size() >= capacity) {
      for (Iterator<Instant> it = passed.values().iterator(); it.hasNext(); ) {
        if (!now.isBefore(it.next())) {
          it.remove();
        }
      }
      if (passed.size() >= capacity) {
        passed.clear();
      }
    }
    passed.put(tag(name, password), now.plus(lifetime));
  }

  private String tag(String name, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(name.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
