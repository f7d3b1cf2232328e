package vn.hoso.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 password hashes, stored as {@code PBKDF2WithHmacSHA512:iterations:salt:hash}
 * (Base64), the layout of Jakarta Security's PBKDF2 hash. The iteration count travels with the
 * hash, so it can be raised later without locking anyone out. 210,000 iterations follows OWASP's
 * guidance for SHA-512.
 */
public final class PasswordHashing {

  public static final int ITERATIONS = 210_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String DUMMY = hash("no such account".toCharArray(), ITERATIONS);

  private PasswordHashing() {}

  public static String hash(char[] password) {
    return hash(password, ITERATIONS);
  }

  static String hash(char[] password, int iterations) {
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    byte[] h = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(h);
  }

  public static boolean verify(char[] password, String stored) {
    if (stored == null) {
      // same work as a real check, so timing does not tell which names exist
      verify(password, DUMMY);
      return false;
    }
    String[] parts = stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** The same work as a check against an existing hash, for unknown names. */
  public static void burn(char[] password) {
    verify(password, DUMMY);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 512);
      try {
        return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
      } finally {
        spec.clearPassword();
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Password rules shown on the registration form; null when acceptable. */
  public static String problem(String password) {
    if (password == null || password.length() < 10) {
      return "Mật khẩu cần ít nhất 10 ký tự.";
    }
    if (password.length() > 200) {
      return "Mật khẩu dài quá 200 ký tự.";
    }
    if (password.chars().distinct().count() < 5) {
      return "Mật khẩu quá đơn giản: hãy dùng nhiều ký tự khác nhau.";
    }
    return null;
  }

  /** SHA-256 of a one-time token (e-mail confirmation): only the digest is stored. */
  public static String tokenDigest(String token) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String newToken() {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
