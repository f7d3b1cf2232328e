package vn.hoso.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A unit's signing key and its certificate chain (the unit's certificate first, then the issuers).
 */
public record SigningKey(String unitCode, PrivateKey privateKey, List<X509Certificate> chain) {

  public SigningKey {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a signing key needs its certificate");
    }
    chain = List.copyOf(chain);
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }
}
