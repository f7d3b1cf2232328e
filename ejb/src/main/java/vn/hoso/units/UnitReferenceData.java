package vn.hoso.units;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the unit tables between the shipped CSV files and the database: {@link #load} writes them
 * on first start, {@link #read} reads them back for the resolver. Plain JDBC with batched inserts,
 * because this is a bulk load of some 25,000 rows that must finish in seconds on a first start, in
 * one transaction.
 *
 * <p>Later changes of a new unit (the {@code name_2026_08} column) become a second revision with
 * its own validity when the source gives the date ("eff. 2026-04-30"); a change of spelling only
 * (Hòa → Hoà) is kept as an alias of the same revision.
 */
public final class UnitReferenceData {

  public static final String DATASET = "units-2025-07-01";
  private static final Pattern EFFECTIVE = Pattern.compile("eff\\.\\s*(\\d{4}-\\d{2}-\\d{2})");

  private UnitReferenceData() {}

  /** What the database holds of the data set, if it was loaded. */
  public static Optional<String> loadedChecksum(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select sha256 from reference_dataset where name = ?")) {
      ps.setString(1, DATASET);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** When the data set was loaded, if it was. */
  public static Optional<Instant> loadedAt(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select loaded_at from reference_dataset where name = ?")) {
      ps.setString(1, DATASET);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
      }
    }
  }

  /**
   * Writes every table; the caller owns the transaction (all or nothing). Returns the rows written.
   */
  public static int load(Connection c, UnitTables t, String sha256) throws SQLException {
    int rows = 0;
    String unitSql =
        "insert into admin_unit (namespace, unit_level, code, revision, name, unit_type, name_en, alias,"
            + " district_code, province_code, merged_from, valid_from, valid_to, note)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement ps = c.prepareStatement(unitSql)) {
      for (UnitTables.OldProvince p : t.oldProvinces()) {
        unit(
            ps,
            "OLD",
            "PROVINCE",
            p.code(),
            1,
            p.name(),
            p.type(),
            p.nameEn(),
            null,
            null,
            null,
            null,
            null,
            p.validTo(),
            null);
      }
      for (UnitTables.OldDistrict d : t.oldDistricts()) {
        unit(
            ps,
            "OLD",
            "DISTRICT",
            d.code(),
            1,
            d.name(),
            d.type(),
            d.nameEn(),
            null,
            null,
            d.provinceCode(),
            null,
            null,
            d.validTo(),
            null);
      }
      for (UnitTables.OldCommune x : t.oldCommunes()) {
        unit(
            ps,
            "OLD",
            "COMMUNE",
            x.code(),
            1,
            x.name(),
            x.type(),
            x.nameEn(),
            x.altName(),
            x.districtCode(),
            x.provinceCode(),
            null,
            null,
            x.validTo(),
            null);
      }
      Map<String, LocalDate> renamedProvinces = new LinkedHashMap<>();
      for (UnitTables.NewCommune x : t.newCommunes()) {
        Optional<LocalDate> changed = laterRevisionDate(x.name(), x.name2026_08(), x.note());
        if (changed.isPresent()) {
          LocalDate from = changed.get();
          renamedProvinces.merge(x.provinceCode(), from, (a, b) -> a.isBefore(b) ? a : b);
          unit(
              ps,
              "NEW",
              "COMMUNE",
              x.code(),
              1,
              x.name(),
              x.type(),
              x.nameEn(),
              null,
              null,
              x.provinceCode(),
              null,
              x.validFrom(),
              from.minusDays(1),
              x.note());
          unit(
              ps,
              "NEW",
              "COMMUNE",
              x.code(),
              2,
              x.name2026_08(),
              typeOf(x.name2026_08(), x.type()),
              x.nameEn(),
              null,
              null,
              x.provinceCode(),
              null,
              from,
              null,
              x.note());
        } else {
          unit(
              ps,
              "NEW",
              "COMMUNE",
              x.code(),
              1,
              x.name(),
              x.type(),
              x.nameEn(),
              aliasOf(x.name(), x.name2026_08()),
              null,
              x.provinceCode(),
              null,
              x.validFrom(),
              null,
              x.note());
        }
      }
      for (UnitTables.NewProvince p : t.newProvinces()) {
        LocalDate from = renamedProvinces.get(p.code());
        if (from != null && !sameSpelling(p.name(), p.name2026_08())) {
          unit(
              ps,
              "NEW",
              "PROVINCE",
              p.code(),
              1,
              p.name(),
              p.type(),
              null,
              null,
              null,
              null,
              p.oldProvinceCodes(),
              p.validFrom(),
              from.minusDays(1),
              null);
          String type =
              p.name2026_08().startsWith("Thành phố ")
                  ? "Thành phố trực thuộc trung ương"
                  : p.type();
          unit(
              ps,
              "NEW",
              "PROVINCE",
              p.code(),
              2,
              p.name2026_08(),
              type,
              null,
              null,
              null,
              null,
              p.oldProvinceCodes(),
              from,
              null,
              null);
        } else {
          unit(
              ps,
              "NEW",
              "PROVINCE",
              p.code(),
              1,
              p.name(),
              p.type(),
              null,
              aliasOf(p.name(), p.name2026_08()),
              null,
              null,
              p.oldProvinceCodes(),
              p.validFrom(),
              null,
              null);
        }
      }
      rows += sum(ps.executeBatch());
    }
    String succSql =
        "insert into unit_succession (old_level, old_code, old_name, old_district_code, old_province_code,"
            + " new_code, partial, note, fix) values (?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement ps = c.prepareStatement(succSql)) {
      for (UnitTables.Succession s : t.successions()) {
        ps.setString(1, s.oldLevel());
        ps.setString(2, s.oldCode());
        ps.setString(3, s.oldName());
        ps.setString(4, s.oldDistrictCode());
        ps.setString(5, s.oldProvinceCode());
        ps.setString(6, s.newCode());
        ps.setBoolean(7, s.partial());
        ps.setString(8, s.note());
        ps.setString(9, s.fix());
        ps.addBatch();
      }
      rows += sum(ps.executeBatch());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into unit_legal_basis (province_code, resolution, adopted) values (?,?,?)")) {
      for (UnitTables.CommuneResolution r : t.communeResolutions()) {
        ps.setString(1, r.newProvinceCode());
        ps.setString(2, r.resolution());
        ps.setDate(3, r.adopted() == null ? null : Date.valueOf(r.adopted()));
        ps.addBatch();
      }
      rows += sum(ps.executeBatch());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into reference_dataset (name, sha256, row_count, loaded_at) values (?,?,?,?)")) {
      ps.setString(1, DATASET);
      ps.setString(2, sha256);
      ps.setInt(3, rows);
      ps.setTimestamp(4, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    return rows;
  }

  /** Reads the tables back as they were loaded (the round trip is tested). */
  public static UnitTables read(Connection c) throws SQLException {
    Map<String, List<Row>> byKey = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select namespace, unit_level, code, revision, name, unit_type, name_en, alias,"
                    + " district_code, province_code, merged_from, valid_from, valid_to, note from admin_unit"
                    + " order by id")) {
      while (rs.next()) {
        Row r =
            new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                date(rs.getDate(12)),
                date(rs.getDate(13)),
                rs.getString(14));
        byKey
            .computeIfAbsent(r.namespace + "/" + r.level + "/" + r.code, k -> new ArrayList<>())
            .add(r);
      }
    }
    Map<String, String> oldProvinceNames = new LinkedHashMap<>();
    Map<String, String> oldDistrictNames = new LinkedHashMap<>();
    Map<String, String> newProvinceNames = new LinkedHashMap<>();
    for (List<Row> revs : byKey.values()) {
      Row first = revs.get(0);
      if (first.namespace.equals("OLD") && first.level.equals("PROVINCE")) {
        oldProvinceNames.put(first.code, first.name);
      } else if (first.namespace.equals("OLD") && first.level.equals("DISTRICT")) {
        oldDistrictNames.put(first.code, first.name);
      } else if (first.namespace.equals("NEW") && first.level.equals("PROVINCE")) {
        newProvinceNames.put(first.code, first.name);
      }
    }
    List<UnitTables.OldProvince> oldProvinces = new ArrayList<>();
    List<UnitTables.OldDistrict> oldDistricts = new ArrayList<>();
    List<UnitTables.OldCommune> oldCommunes = new ArrayList<>();
    List<UnitTables.NewProvince> newProvinces = new ArrayList<>();
    List<UnitTables.NewCommune> newCommunes = new ArrayList<>();
    for (List<Row> revs : byKey.values()) {
      Row f = revs.get(0);
      Row last = revs.get(revs.size() - 1);
      String later = revs.size() > 1 ? last.name : (f.alias == null ? f.name : f.alias);
      switch (f.namespace + "/" + f.level) {
        case "OLD/PROVINCE" ->
            oldProvinces.add(
                new UnitTables.OldProvince(f.code, f.name, f.type, f.nameEn, f.validTo));
        case "OLD/DISTRICT" ->
            oldDistricts.add(
                new UnitTables.OldDistrict(
                    f.code,
                    f.name,
                    f.type,
                    f.provinceCode,
                    oldProvinceNames.get(f.provinceCode),
                    f.nameEn,
                    f.validTo));
        case "OLD/COMMUNE" ->
            oldCommunes.add(
                new UnitTables.OldCommune(
                    f.code,
                    f.name,
                    f.type,
                    f.districtCode,
                    oldDistrictNames.get(f.districtCode),
                    f.provinceCode,
                    oldProvinceNames.get(f.provinceCode),
                    f.nameEn,
                    f.alias,
                    f.validTo));
        case "NEW/PROVINCE" ->
            newProvinces.add(
                new UnitTables.NewProvince(
                    f.code, f.name, f.type, f.mergedFrom, later, f.validFrom));
        case "NEW/COMMUNE" ->
            newCommunes.add(
                new UnitTables.NewCommune(
                    f.code,
                    f.name,
                    f.type,
                    f.provinceCode,
                    newProvinceNames.get(f.provinceCode),
                    f.nameEn,
                    later,
                    f.note,
                    f.validFrom));
        default ->
            throw new IllegalStateException("unexpected unit kind " + f.namespace + "/" + f.level);
      }
    }
    List<UnitTables.Succession> successions = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select old_level, old_code, old_name, old_district_code, old_province_code,"
                    + " new_code, partial, note, fix from unit_succession order by id")) {
      while (rs.next()) {
        successions.add(
            new UnitTables.Succession(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getString(8),
                rs.getString(9)));
      }
    }
    List<UnitTables.CommuneResolution> resolutions = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select province_code, resolution, adopted from unit_legal_basis"
                    + " order by province_code")) {
      while (rs.next()) {
        resolutions.add(
            new UnitTables.CommuneResolution(
                rs.getString(1), rs.getString(2), date(rs.getDate(3))));
      }
    }
    return new UnitTables(
        oldProvinces,
        oldDistricts,
        oldCommunes,
        newProvinces,
        newCommunes,
        successions,
        resolutions);
  }

  private record Row(
      String namespace,
      String level,
      String code,
      int revision,
      String name,
      String type,
      String nameEn,
      String alias,
      String districtCode,
      String provinceCode,
      String mergedFrom,
      LocalDate validFrom,
      LocalDate validTo,
      String note) {}

  /**
   * The date a later name took effect, when the change is more than a spelling and the source dates
   * it.
   */
  static Optional<LocalDate> laterRevisionDate(String name, String laterName, String note) {
    if (laterName == null || sameSpelling(name, laterName) || note == null) {
      return Optional.empty();
    }
    Matcher m = EFFECTIVE.matcher(note);
    return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
  }

  private static boolean sameSpelling(String a, String b) {
    return b == null || AddressNormalizer.exactKey(a).equals(AddressNormalizer.exactKey(b));
  }

  private static String aliasOf(String name, String laterName) {
    return laterName == null || laterName.equals(name) ? null : laterName;
  }

  /**
   * "Phường Trảng Bom" → "Phường"; the type is the name's leading word(s) that the old type does
   * not explain.
   */
  private static String typeOf(String name, String fallback) {
    for (String t : List.of("Thành phố", "Phường", "Xã", "Đặc khu", "Tỉnh", "Thị trấn")) {
      if (name.startsWith(t + " ")) {
        return t;
      }
    }
    return fallback;
  }

  private static void unit(
      PreparedStatement ps,
      String ns,
      String level,
      String code,
      int revision,
      String name,
      String type,
      String nameEn,
      String alias,
      String districtCode,
      String provinceCode,
      String mergedFrom,
      LocalDate validFrom,
      LocalDate validTo,
      String note)
      throws SQLException {
    ps.setString(1, ns);
    ps.setString(2, level);
    ps.setString(3, code);
    ps.setInt(4, revision);
    ps.setString(5, name);
    ps.setString(6, blankToNull(type));
    ps.setString(7, blankToNull(nameEn));
    ps.setString(8, blankToNull(alias));
    ps.setString(9, blankToNull(districtCode));
    ps.setString(10, blankToNull(provinceCode));
    ps.setString(11, blankToNull(mergedFrom));
    ps.setDate(12, validFrom == null ? null : Date.valueOf(validFrom));
    ps.setDate(13, validTo == null ? null : Date.valueOf(validTo));
    ps.setString(14, blankToNull(note));
    ps.addBatch();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static int sum(int[] counts) {
    int n = 0;
    for (int c : counts) {
      n += c < 0 ? 1 : c; // SUCCESS_NO_INFO counts as one row
    }
    return n;
  }
}
