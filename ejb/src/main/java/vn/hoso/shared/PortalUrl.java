package vn.hoso.shared;

/** The portal's address as links in mail and in issued documents show it. */
public final class PortalUrl {

  private PortalUrl() {}

  /**
   * {@code HOSO_PUBLIC_URL} (or {@code hoso.public.url}), default {@code http://localhost:8080}.
   */
  public static String base() {
    String v = Settings.get("HOSO_PUBLIC_URL", "hoso.public.url", "http://localhost:8080");
    return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
  }
}
