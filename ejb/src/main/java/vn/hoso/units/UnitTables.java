package vn.hoso.units;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The raw unit tables, row by row, as published: the units before 2025-07-01 (63 provinces, 696
 * districts, 10,035 communes), the units from 2025-07-01 (34 provinces, 3,321 communes; the
 * district level was abolished), the old-to-new succession table and the resolution adopted per new
 * province. Immutable; built from the bundled CSV files or from database rows.
 *
 * <p>Old and new codes are separate code spaces (old commune 00004 is Phường Trúc Bạch, new commune
 * 00004 is Phường Ba Đình): a code is only meaningful together with the table it comes from.
 */
public record UnitTables(
    List<OldProvince> oldProvinces,
    List<OldDistrict> oldDistricts,
    List<OldCommune> oldCommunes,
    List<NewProvince> newProvinces,
    List<NewCommune> newCommunes,
    List<Succession> successions,
    List<CommuneResolution> communeResolutions) {

  /** Last day of the old units. */
  public static final LocalDate OLD_VALID_TO = LocalDate.of(2025, 6, 30);

  /** First day of the new units. */
  public static final LocalDate NEW_VALID_FROM = LocalDate.of(2025, 7, 1);

  public static final String OLD_PROVINCES_FILE = "old_provinces_pre2025-07-01.csv";
  public static final String OLD_DISTRICTS_FILE = "old_districts_pre2025-07-01.csv";
  public static final String OLD_COMMUNES_FILE = "old_communes_pre2025-07-01.csv";
  public static final String NEW_PROVINCES_FILE = "new_provinces_2025-07-01.csv";
  public static final String NEW_COMMUNES_FILE = "new_communes_2025-07-01.csv";
  public static final String MAPPING_FILE = "mapping_old_to_new.csv";
  public static final String RESOLUTIONS_FILE = "commune_resolutions.csv";

  public UnitTables {
    oldProvinces = List.copyOf(oldProvinces);
    oldDistricts = List.copyOf(oldDistricts);
    oldCommunes = List.copyOf(oldCommunes);
    newProvinces = List.copyOf(newProvinces);
    newCommunes = List.copyOf(newCommunes);
    successions = List.copyOf(successions);
    communeResolutions = List.copyOf(communeResolutions);
  }

  /** A province before 2025-07-01. {@code type}: "Tỉnh" or "Thành phố trực thuộc trung ương". */
  public record OldProvince(
      String code, String name, String type, String nameEn, LocalDate validTo) {
    public OldProvince {
      code = req(code, "code");
      name = req(name, "name");
      type = opt(type);
      nameEn = opt(nameEn);
      validTo = validTo == null ? OLD_VALID_TO : validTo;
    }
  }

  /** A district before 2025-07-01: Quận, Huyện, Thị xã or Thành phố (thuộc tỉnh). */
  public record OldDistrict(
      String code,
      String name,
      String type,
      String provinceCode,
      String provinceName,
      String nameEn,
      LocalDate validTo) {
    public OldDistrict {
      code = req(code, "code");
      name = req(name, "name");
      type = opt(type);
      provinceCode = req(provinceCode, "provinceCode");
      provinceName = opt(provinceName);
      nameEn = opt(nameEn);
      validTo = validTo == null ? OLD_VALID_TO : validTo;
    }
  }

  /**
   * A commune before 2025-07-01: Xã, Phường or Thị trấn. {@code altName} is another official
   * spelling found in the statistics office's conversion table ("" if none), e.g. "Xã Sà Phìn" for
   * "Xã Xà Phìn", "Phường Yên Hòa" for "Phường Yên Hoà".
   */
  public record OldCommune(
      String code,
      String name,
      String type,
      String districtCode,
      String districtName,
      String provinceCode,
      String provinceName,
      String nameEn,
      String altName,
      LocalDate validTo) {
    public OldCommune {
      code = req(code, "code");
      name = req(name, "name");
      type = opt(type);
      districtCode = req(districtCode, "districtCode");
      districtName = opt(districtName);
      provinceCode = req(provinceCode, "provinceCode");
      provinceName = opt(provinceName);
      nameEn = opt(nameEn);
      altName = opt(altName);
      validTo = validTo == null ? OLD_VALID_TO : validTo;
    }
  }

  /**
   * A province from 2025-07-01. {@code oldProvinceCodes}: the old provinces merged into it, space
   * separated as in the source ("02 08"). {@code name2026_08}: its name after later changes.
   */
  public record NewProvince(
      String code,
      String name,
      String type,
      String oldProvinceCodes,
      String name2026_08,
      LocalDate validFrom) {
    public NewProvince {
      code = req(code, "code");
      name = req(name, "name");
      type = opt(type);
      oldProvinceCodes = opt(oldProvinceCodes);
      name2026_08 = opt(name2026_08).isEmpty() ? name : name2026_08;
      validFrom = validFrom == null ? NEW_VALID_FROM : validFrom;
    }

    public List<String> oldProvinceCodeList() {
      return oldProvinceCodes.isBlank()
          ? List.of()
          : List.of(oldProvinceCodes.trim().split("\\s+"));
    }
  }

  /**
   * A commune-level unit from 2025-07-01: Xã, Phường or Đặc khu. {@code name2026_08} is its name
   * after later changes (in 2026 ten xã of Đồng Nai became phường, codes unchanged); {@code note}
   * explains such changes or source disagreements.
   */
  public record NewCommune(
      String code,
      String name,
      String type,
      String provinceCode,
      String provinceName,
      String nameEn,
      String name2026_08,
      String note,
      LocalDate validFrom) {
    public NewCommune {
      code = req(code, "code");
      name = req(name, "name");
      type = opt(type);
      provinceCode = req(provinceCode, "provinceCode");
      provinceName = opt(provinceName);
      nameEn = opt(nameEn);
      name2026_08 = opt(name2026_08).isEmpty() ? name : name2026_08;
      note = opt(note);
      validFrom = validFrom == null ? NEW_VALID_FROM : validFrom;
    }
  }

  /**
   * One (old unit, new unit) pair of the conversion table. {@code oldLevel} is "commune" for almost
   * every row; "district" for the five island districts that had no communes and became one special
   * zone each (oldCode is then the district code); "area" for a coastal strip that belonged to no
   * commune (oldCode is then empty, {@code oldName} describes it). {@code partial}: only part of
   * the old unit went to this new unit. {@code note}: the statistics office's remark (e.g. "Nhập
   * một phần diện tích, toàn bộ dân số" = part of the land but all residents). {@code fix}: a
   * correction made to the official table, "" if none.
   */
  public record Succession(
      String oldLevel,
      String oldCode,
      String oldName,
      String oldDistrictCode,
      String oldProvinceCode,
      String newCode,
      boolean partial,
      String note,
      String fix) {
    public static final String COMMUNE = "commune";
    public static final String DISTRICT = "district";
    public static final String AREA = "area";

    public Succession {
      oldLevel = req(oldLevel, "oldLevel");
      oldCode = opt(oldCode);
      oldName = opt(oldName);
      oldDistrictCode = opt(oldDistrictCode);
      oldProvinceCode = opt(oldProvinceCode);
      newCode = req(newCode, "newCode");
      note = opt(note);
      fix = opt(fix);
    }
  }

  /**
   * The resolution of the Standing Committee of the National Assembly (NQ-UBTVQH15) that
   * reorganised the communes of one new province: the legal basis of every succession into that
   * province.
   */
  public record CommuneResolution(String newProvinceCode, String resolution, LocalDate adopted) {
    public CommuneResolution {
      newProvinceCode = req(newProvinceCode, "newProvinceCode");
      resolution = req(resolution, "resolution");
    }
  }

  /** Reads the bundled tables from the class path ({@code /units/<file name>}). */
  public static UnitTables fromClasspath() {
    return fromCsv(name -> UnitTables.class.getResourceAsStream("/units/" + name));
  }

  /**
   * Reads the seven CSV files; {@code open} gives the stream for a file name (null if absent).
   * Fails with an {@link IllegalArgumentException} naming file, line and column on malformed data.
   */
  public static UnitTables fromCsv(Function<String, InputStream> open) {
    List<OldProvince> oldProvinces = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Csv.Row r : rows(open, OLD_PROVINCES_FILE, "code", "name", "type", "name_en")) {
      oldProvinces.add(
          new OldProvince(
              code(r, "code", 2, seen),
              name(r, "name"),
              r.get("type"),
              r.get("name_en"),
              OLD_VALID_TO));
    }
    List<OldDistrict> oldDistricts = new ArrayList<>();
    seen.clear();
    for (Csv.Row r :
        rows(
            open,
            OLD_DISTRICTS_FILE,
            "code",
            "name",
            "type",
            "province_code",
            "province_name",
            "name_en")) {
      oldDistricts.add(
          new OldDistrict(
              code(r, "code", 3, seen),
              name(r, "name"),
              r.get("type"),
              code(r, "province_code", 2, null),
              r.get("province_name"),
              r.get("name_en"),
              OLD_VALID_TO));
    }
    List<OldCommune> oldCommunes = new ArrayList<>();
    seen.clear();
    for (Csv.Row r :
        rows(
            open,
            OLD_COMMUNES_FILE,
            "code",
            "name",
            "type",
            "district_code",
            "district_name",
            "province_code",
            "province_name",
            "name_en",
            "alt_name_nso_conversion_table")) {
      oldCommunes.add(
          new OldCommune(
              code(r, "code", 5, seen),
              name(r, "name"),
              r.get("type"),
              code(r, "district_code", 3, null),
              r.get("district_name"),
              code(r, "province_code", 2, null),
              r.get("province_name"),
              r.get("name_en"),
              r.get("alt_name_nso_conversion_table"),
              OLD_VALID_TO));
    }
    List<NewProvince> newProvinces = new ArrayList<>();
    seen.clear();
    for (Csv.Row r :
        rows(
            open,
            NEW_PROVINCES_FILE,
            "code",
            "name",
            "type",
            "old_province_codes",
            "name_2026_08")) {
      String olds = r.get("old_province_codes");
      for (String c : olds.split("\\s+")) {
        if (!c.matches("\\d{2}")) {
          throw r.error(
              "old_province_codes", "expected space-separated 2-digit codes, got '" + olds + "'");
        }
      }
      newProvinces.add(
          new NewProvince(
              code(r, "code", 2, seen),
              name(r, "name"),
              r.get("type"),
              olds,
              r.get("name_2026_08"),
              NEW_VALID_FROM));
    }
    List<NewCommune> newCommunes = new ArrayList<>();
    seen.clear();
    for (Csv.Row r :
        rows(
            open,
            NEW_COMMUNES_FILE,
            "code",
            "name",
            "type",
            "province_code",
            "province_name",
            "name_en",
            "name_2026_08",
            "note")) {
      newCommunes.add(
          new NewCommune(
              code(r, "code", 5, seen),
              name(r, "name"),
              r.get("type"),
              code(r, "province_code", 2, null),
              r.get("province_name"),
              r.get("name_en"),
              r.get("name_2026_08"),
              r.get("note"),
              NEW_VALID_FROM));
    }
    List<Succession> successions = new ArrayList<>();
    seen.clear();
    for (Csv.Row r :
        rows(
            open,
            MAPPING_FILE,
            "old_level",
            "old_code",
            "old_name",
            "old_district_code",
            "old_province_code",
            "new_code",
            "partial",
            "nso_note",
            "fix")) {
      String level = r.get("old_level");
      String oldCode;
      switch (level) {
        case Succession.COMMUNE -> oldCode = code(r, "old_code", 5, null);
        case Succession.DISTRICT -> oldCode = code(r, "old_code", 3, null);
        case Succession.AREA -> {
          oldCode = r.get("old_code");
          if (!oldCode.isEmpty()) {
            throw r.error("old_code", "an 'area' row has no code, got '" + oldCode + "'");
          }
        }
        default ->
            throw r.error("old_level", "expected commune, district or area, got '" + level + "'");
      }
      String partial = r.get("partial");
      if (!partial.equals("0") && !partial.equals("1")) {
        throw r.error("partial", "expected 0 or 1, got '" + partial + "'");
      }
      String newCode = code(r, "new_code", 5, null);
      if (!seen.add(level + ":" + oldCode + ":" + r.get("old_name") + ">" + newCode)) {
        throw r.error("new_code", "duplicate pair " + oldCode + " -> " + newCode);
      }
      successions.add(
          new Succession(
              level,
              oldCode,
              name(r, "old_name"),
              code(r, "old_district_code", 3, null),
              code(r, "old_province_code", 2, null),
              newCode,
              partial.equals("1"),
              r.get("nso_note"),
              r.get("fix")));
    }
    List<CommuneResolution> resolutions = new ArrayList<>();
    seen.clear();
    for (Csv.Row r : rows(open, RESOLUTIONS_FILE, "new_province_code", "resolution", "adopted")) {
      LocalDate adopted;
      try {
        adopted = LocalDate.parse(r.get("adopted"));
      } catch (DateTimeParseException e) {
        throw r.error("adopted", "expected a date YYYY-MM-DD, got '" + r.get("adopted") + "'");
      }
      resolutions.add(
          new CommuneResolution(
              code(r, "new_province_code", 2, seen), name(r, "resolution"), adopted));
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

  private static List<Csv.Row> rows(
      Function<String, InputStream> open, String file, String... columns) {
    InputStream in = open.apply(file);
    if (in == null) {
      throw new IllegalArgumentException(file + ": file not found");
    }
    return Csv.read(file, in, columns);
  }

  /** A zero-padded numeric code of the given width, optionally unique within {@code seen}. */
  private static String code(Csv.Row r, String column, int width, Set<String> seen) {
    String v = r.get(column);
    if (v.length() != width || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw r.error(column, "expected a " + width + "-digit code, got '" + v + "'");
    }
    if (seen != null && !seen.add(v)) {
      throw r.error(column, "duplicate code " + v);
    }
    return v;
  }

  private static String name(Csv.Row r, String column) {
    String v = r.get(column);
    if (v.isEmpty()) {
      throw r.error(column, "empty value");
    }
    return v;
  }

  private static String req(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("required value missing: " + what);
    }
    return s;
  }

  private static String opt(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return "UnitTables"
        + Arrays.asList(
            oldProvinces.size(),
            oldDistricts.size(),
            oldCommunes.size(),
            newProvinces.size(),
            newCommunes.size(),
            successions.size(),
            communeResolutions.size());
  }
}
