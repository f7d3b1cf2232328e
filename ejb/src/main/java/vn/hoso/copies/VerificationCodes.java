package vn.hoso.copies;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes printed on issued copies: 12 symbols of Crockford's base 32 (no I, L, O, U, so
 * nothing is misread from paper), 60 random bits — guessing a valid one is hopeless — shown in
 * groups of four ("7KQ2-M9XD-4FHT").
 */
public final class VerificationCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();
  static final int LENGTH = 12;

  private VerificationCodes() {}

  public static String next() {
    StringBuilder b = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** "7KQ2-M9XD-4FHT" for reading aloud and printing. */
  public static String grouped(String code) {
    return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
  }

  /**
   * The code a person typed or scanned, in canonical form: dashes and spaces dropped, case ignored,
   * O read as 0 and I/L as 1; empty when it cannot be a code.
   */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String s =
        typed
            .strip()
            .toUpperCase(Locale.ROOT)
            .replace("-", "")
            .replace(" ", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (s.length() != LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      if (ALPHABET.indexOf(s.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }
}
