package vn.hoso.signing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Logger;
import vn.hoso.ingest.IngestSettings;

/**
 * Signs documents for a unit with the unit's key. Configured from the server's environment: {@code
 * HOSO_SIGNING_KEYSTORE} (a PKCS#12 file; entries named by unit code, or {@code default}) with
 * {@code HOSO_SIGNING_KEYSTORE_PASSWORD}, and {@code HOSO_TSA_URL} for B-T timestamps. Without a
 * keystore, the embedded default makes a local test authority and unit keys in the data directory
 * ({@code keys/}) — for trying the portal, not for issuing real copies.
 */
@Singleton
public class UnitSigning {

  private static final Logger LOG = Logger.getLogger(UnitSigning.class.getName());

  @Inject IngestSettings settings;

  private UnitKeyStore keys;
  private PadesSigner signer;

  @PostConstruct
  void init() {
    signer = new PadesSigner(Optional.ofNullable(setting("HOSO_TSA_URL", "hoso.tsa.url")));
  }

  /** Signs {@code pdf} for the unit; the unit's key is made first in the embedded default. */
  public byte[] sign(byte[] pdf, String unitCode, String unitName, PadesSigner.Purpose purpose)
      throws IOException, GeneralSecurityException {
    return signer.sign(pdf, store().keyFor(unitCode, unitName), purpose);
  }

  /**
   * Signs {@code pdf} for the unit with a visible signature block (see {@link
   * PadesSigner.Visible}); the unit's key is made first in the embedded default.
   */
  public byte[] sign(
      byte[] pdf,
      String unitCode,
      String unitName,
      PadesSigner.Purpose purpose,
      PadesSigner.Visible visible)
      throws IOException, GeneralSecurityException {
    return signer.sign(pdf, store().keyFor(unitCode, unitName), purpose, visible);
  }

  /** The unit's signing certificate (made first in the embedded default). */
  public java.security.cert.X509Certificate certificate(String unitCode, String unitName)
      throws IOException, GeneralSecurityException {
    return store().keyFor(unitCode, unitName).certificate();
  }

  private synchronized UnitKeyStore store() throws IOException, GeneralSecurityException {
    if (keys == null) {
      String file = setting("HOSO_SIGNING_KEYSTORE", "hoso.signing.keystore");
      if (file != null) {
        String password = setting("HOSO_SIGNING_KEYSTORE_PASSWORD", "hoso.signing.password");
        keys =
            UnitKeyStore.configured(
                Path.of(file), password == null ? new char[0] : password.toCharArray());
      } else {
        Path dir = settings.dataDir().resolve("keys");
        keys = UnitKeyStore.local(dir);
        LOG.warning(
            "No signing keystore configured (HOSO_SIGNING_KEYSTORE): documents are signed with"
                + " locally generated test keys in "
                + dir
                + ", which nobody outside trusts.");
      }
    }
    return keys;
  }

  private static String setting(String env, String property) {
    return vn.hoso.shared.Settings.get(env, property, null);
  }
}
