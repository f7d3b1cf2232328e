package vn.hoso.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Where the units' signing keys live. Either a PKCS#12 keystore the operator configures (one entry
 * per new unit, its alias the unit's code; an entry named {@code default} serves units without
 * their own), or — in the embedded default only — a local test authority and unit keys generated on
 * first use into the server's data directory, with a random password kept beside them (readable by
 * the server's user only). Nothing of either is ever part of the source tree.
 */
public final class UnitKeyStore {

  static final String AUTHORITY_ALIAS = "local-authority";

  private final Path file;
  private final char[] password;
  private final KeyStore store;
  private final boolean local;

  private UnitKeyStore(Path file, char[] password, KeyStore store, boolean local) {
    this.file = file;
    this.password = password;
    this.store = store;
    this.local = local;
  }

  /** A keystore the operator provides. */
  public static UnitKeyStore configured(Path file, char[] password)
      throws IOException, GeneralSecurityException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("signing keystore not found: " + file);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      ks.load(in, password);
    }
    return new UnitKeyStore(file, password, ks, false);
  }

  /**
   * The embedded default's store in {@code dir}: made with a new local authority the first time,
   * opened afterwards.
   */
  public static UnitKeyStore local(Path dir) throws IOException, GeneralSecurityException {
    Files.createDirectories(dir);
    Path file = dir.resolve("unit-keys.p12");
    Path secret = dir.resolve("unit-keys.password");
    if (Files.isRegularFile(file) && Files.isRegularFile(secret)) {
      char[] password = Files.readString(secret, StandardCharsets.US_ASCII).strip().toCharArray();
      UnitKeyStore opened = configured(file, password);
      return new UnitKeyStore(file, password, opened.store, true);
    }
    byte[] raw = new byte[24];
    new SecureRandom().nextBytes(raw);
    char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(raw).toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, password);
    LocalCertificates.Issued ca =
        LocalCertificates.authority("hoso local test authority " + dir.toAbsolutePath().hashCode());
    ks.setKeyEntry(AUTHORITY_ALIAS, ca.key(), password, new Certificate[] {ca.certificate()});
    UnitKeyStore created = new UnitKeyStore(file, password, ks, true);
    writePrivately(secret, new String(password).getBytes(StandardCharsets.US_ASCII));
    created.save();
    return created;
  }

  /** Whether keys are made here on demand (the embedded default) rather than configured. */
  public boolean isLocal() {
    return local;
  }

  /**
   * The key that signs for the unit. In a local store a missing unit key is issued by the local
   * authority and saved; a configured store must hold the unit's entry or a {@code default} one.
   */
  public synchronized SigningKey keyFor(String unitCode, String unitName)
      throws GeneralSecurityException, IOException {
    String alias = alias(unitCode);
    if (store.isKeyEntry(alias)) {
      return read(unitCode, alias);
    }
    if (!local) {
      if (store.isKeyEntry("default")) {
        return read(unitCode, "default");
      }
      throw new GeneralSecurityException(
          "the signing keystore " + file + " has no key for unit " + unitCode + " (nor a default)");
    }
    SigningKey authority = read(AUTHORITY_ALIAS, AUTHORITY_ALIAS);
    LocalCertificates.Issued issued =
        LocalCertificates.unit(
            new LocalCertificates.Issued(authority.privateKey(), authority.certificate()),
            unitName,
            unitCode);
    store.setKeyEntry(
        alias,
        issued.key(),
        password,
        new Certificate[] {issued.certificate(), authority.certificate()});
    save();
    return read(unitCode, alias);
  }

  private SigningKey read(String unitCode, String alias) throws GeneralSecurityException {
    PrivateKey key = (PrivateKey) store.getKey(alias, password);
    List<X509Certificate> chain = new ArrayList<>();
    for (Certificate c : store.getCertificateChain(alias)) {
      chain.add((X509Certificate) c);
    }
    return new SigningKey(unitCode, key, Collections.unmodifiableList(chain));
  }

  private static String alias(String unitCode) {
    return unitCode.toLowerCase(Locale.ROOT);
  }

  private void save() throws IOException, GeneralSecurityException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      store.store(out, password);
    }
    restrict(tmp);
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void writePrivately(Path path, byte[] bytes) throws IOException {
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    restrict(tmp);
    Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void restrict(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own protection applies
    }
  }
}
