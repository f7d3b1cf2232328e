package vn.hoso.units;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The administrative units, as the rest of the portal sees them: loads the shipped tables into the
 * database on first start, then answers every question from an immutable in-memory resolver built
 * from the database.
 *
 * <p>The resolver is immutable and thread-safe, so the bean needs no container locking.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class UnitDirectory {

  private static final Logger LOG = Logger.getLogger(UnitDirectory.class.getName());
  private static final List<String> FILES =
      List.of(
          UnitTables.OLD_PROVINCES_FILE,
          UnitTables.OLD_DISTRICTS_FILE,
          UnitTables.OLD_COMMUNES_FILE,
          UnitTables.NEW_PROVINCES_FILE,
          UnitTables.NEW_COMMUNES_FILE,
          UnitTables.MAPPING_FILE,
          UnitTables.RESOLUTIONS_FILE);

  @Resource(lookup = "java:jboss/datasources/HosoDS")
  private DataSource dataSource;

  /** Longest old address accepted, in characters. */
  public static final int MAX_ADDRESS_LENGTH = 300;

  private volatile AddressResolver resolver;
  private volatile Map<String, UnitTables.CommuneResolution> legalBasis = Map.of();
  private volatile Instant loadedAt;

  /** "level:code" of every old unit → its label; read on every search result, so a map. */
  private volatile Map<String, String> oldLabels = Map.of();

  @PostConstruct
  void start() {
    try (Connection c = dataSource.getConnection()) {
      String shipped = shippedChecksum();
      Optional<String> loaded = UnitReferenceData.loadedChecksum(c);
      if (loaded.isEmpty()) {
        loadInOneTransaction(c, shipped);
      } else if (!loaded.get().equals(shipped)) {
        LOG.warning(
            "The shipped unit tables differ from those loaded on first start; the database keeps its"
                + " data (changes to units are made by migrations, not by replacing the table).");
      }
      loadedAt = UnitReferenceData.loadedAt(c).orElseThrow();
      UnitTables tables = UnitReferenceData.read(c);
      resolver = AddressResolver.build(tables);
      legalBasis =
          tables.communeResolutions().stream()
              .collect(
                  Collectors.toUnmodifiableMap(
                      UnitTables.CommuneResolution::newProvinceCode, r -> r));
      oldLabels = oldLabels(tables);
      LOG.info(() -> "Administrative units ready: " + tables);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot load the administrative units: " + e.getMessage(), e);
    }
  }

  private static void loadInOneTransaction(Connection c, String checksum) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      long t0 = System.nanoTime();
      int rows = UnitReferenceData.load(c, UnitTables.fromClasspath(), checksum);
      c.commit();
      LOG.info(
          () ->
              "Loaded "
                  + rows
                  + " unit rows on first start in "
                  + (System.nanoTime() - t0) / 1_000_000
                  + " ms");
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** SHA-256 over the shipped files, to tell whether the database holds this very data. */
  static String shippedChecksum() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String f : FILES) {
        try (InputStream in = UnitDirectory.class.getResourceAsStream("/units/" + f)) {
          if (in == null) {
            throw new IllegalStateException("missing resource /units/" + f);
          }
          sha.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Resolves a free-form old address. An address is a few words: anything past {@value
   * #MAX_ADDRESS_LENGTH} characters is refused rather than cut, so that the person sees what
   * happened.
   */
  public AddressResolver.Resolution resolve(String address) {
    String text = address == null ? "" : AddressNormalizer.nfc(address);
    if (text.strip().isEmpty()) {
      throw new InvalidAddressException(InvalidAddressException.Reason.EMPTY, 0);
    }
    if (text.length() > MAX_ADDRESS_LENGTH) {
      throw new InvalidAddressException(InvalidAddressException.Reason.TOO_LONG, text.length());
    }
    return resolver.resolve(text);
  }

  /**
   * Autocomplete suggestions of old communes for what has been typed so far (nothing for over-long
   * text).
   */
  public List<AddressResolver.OldCommuneSuggestion> suggest(String typed, int limit) {
    if (typed == null || typed.length() > MAX_ADDRESS_LENGTH) {
      return List.of();
    }
    return resolver.suggest(typed, Math.min(limit, 20));
  }

  public Optional<AddressResolver.NewUnitView> newUnit(String code) {
    return isCode(code) ? resolver.newUnit(code) : Optional.empty();
  }

  public Optional<AddressResolver.Match> oldCommune(String code) {
    return isCode(code) ? resolver.oldCommune(code) : Optional.empty();
  }

  public List<UnitTables.OldProvince> oldProvinces() {
    return resolver.oldProvinces();
  }

  public List<UnitTables.OldDistrict> oldDistricts(String provinceCode) {
    return isCode(provinceCode) ? resolver.oldDistricts(provinceCode) : List.of();
  }

  public List<UnitTables.OldCommune> oldCommunes(String districtCode) {
    return isCode(districtCode) ? resolver.oldCommunes(districtCode) : List.of();
  }

  /** The resolution that reorganised the communes of a new province. */
  public Optional<UnitTables.CommuneResolution> legalBasis(String newProvinceCode) {
    return Optional.ofNullable(legalBasis.get(newProvinceCode));
  }

  /**
   * A readable name for an old unit: "Phường 14, Quận 10, Thành phố Hồ Chí Minh" (the code if
   * unknown).
   */
  public String oldUnitLabel(String level, String code) {
    return oldLabels.getOrDefault(level + ":" + code, code);
  }

  private static Map<String, String> oldLabels(UnitTables t) {
    Map<String, String> labels = new java.util.HashMap<>();
    for (UnitTables.OldProvince u : t.oldProvinces()) {
      labels.putIfAbsent("province:" + u.code(), u.name());
    }
    for (UnitTables.OldDistrict u : t.oldDistricts()) {
      labels.putIfAbsent("district:" + u.code(), u.name() + ", " + u.provinceName());
    }
    for (UnitTables.OldCommune u : t.oldCommunes()) {
      labels.putIfAbsent(
          "commune:" + u.code(), u.name() + ", " + u.districtName() + ", " + u.provinceName());
    }
    return Map.copyOf(labels);
  }

  /** Whether an old unit (before 2025-07-01) exists: level commune, district or province. */
  public boolean oldUnitExists(String level, String code) {
    if (!isCode(code) || level == null) {
      return false;
    }
    UnitTables t = resolver.tables();
    return switch (level) {
      case "commune" -> t.oldCommunes().stream().anyMatch(u -> u.code().equals(code));
      case "district" -> t.oldDistricts().stream().anyMatch(u -> u.code().equals(code));
      case "province" -> t.oldProvinces().stream().anyMatch(u -> u.code().equals(code));
      default -> false;
    };
  }

  /** Whether a new commune-level unit (from 2025-07-01) has this code. */
  public boolean newUnitExists(String code) {
    return isCode(code) && resolver.newUnit(code).isPresent();
  }

  public int oldCommuneCount() {
    return resolver.tables().oldCommunes().size();
  }

  public int newCommuneCount() {
    return resolver.tables().newCommunes().size();
  }

  private static boolean isCode(String code) {
    return code != null
        && code.length() <= 10
        && code.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  /** When the unit tables were loaded into this database (on its first start). */
  public Instant loadedAt() {
    return loadedAt;
  }
}
