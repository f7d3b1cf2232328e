package vn.hoso.shared;

/**
 * The server's settings: an environment variable ({@code HOSO_…}, what an operator or a container
 * sets), else a system property ({@code hoso.…}, what a test or {@code standalone.sh -D} sets),
 * else the default. Blank counts as unset; values are passed on as they are (a password may end in
 * a space).
 */
public final class Settings {

  private Settings() {}

  /** The setting, or {@code fallback} (which may be null) when neither is set. */
  public static String get(String env, String property, String fallback) {
    String v = System.getenv(env);
    if (v == null || v.isBlank()) {
      v = property == null ? null : System.getProperty(property);
    }
    return v == null || v.isBlank() ? fallback : v;
  }
}
