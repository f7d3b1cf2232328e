package vn.hoso.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.hoso.units.UnitTables;
import vn.hoso.units.UnitTables.NewCommune;
import vn.hoso.units.UnitTables.OldCommune;
import vn.hoso.units.UnitTables.OldDistrict;
import vn.hoso.units.UnitTables.OldProvince;
import vn.hoso.units.UnitTables.Succession;

/**
 * The real administrative units before 2025-07-01, indexed for the generator: where people were
 * born and lived, which office issued a record, and which new unit received the old unit's
 * archives.
 */
final class Places {

  /** An old unit that hands over its archives: {@code level} commune, district or province. */
  record Origin(
      String level, String code, OldCommune commune, OldDistrict district, OldProvince province) {

    String spec() {
      return level + ":" + code;
    }

    /** "UBND Phường 14, Quận 10", "UBND Quận 10, Thành phố Hồ Chí Minh", "UBND Tỉnh Hà Giang". */
    String organ() {
      return switch (level) {
        case "commune" -> "UBND " + commune.name() + ", " + district.name();
        case "district" -> "UBND " + district.name() + ", " + province.name();
        default -> "UBND " + province.name();
      };
    }

    String displayName() {
      return switch (level) {
        case "commune" -> commune.name() + ", " + district.name() + ", " + province.name();
        case "district" -> district.name() + ", " + province.name();
        default -> province.name();
      };
    }
  }

  private static volatile UnitTables cached;

  final UnitTables tables;
  final Map<String, OldProvince> provinces = new LinkedHashMap<>();
  final Map<String, OldDistrict> districts = new LinkedHashMap<>();
  final Map<String, OldCommune> communes = new LinkedHashMap<>();
  final Map<String, List<OldCommune>> communesByDistrict = new TreeMap<>();
  final Map<String, List<OldDistrict>> districtsByProvince = new TreeMap<>();
  final Map<String, NewCommune> newCommunes = new LinkedHashMap<>();
  final Map<String, List<Succession>> successionsByOldCommune = new LinkedHashMap<>();
  final Map<String, List<Succession>> successionsByOldDistrict = new LinkedHashMap<>();
  final List<OldCommune> allCommunes;

  Places(UnitTables t) {
    tables = t;
    t.oldProvinces().forEach(p -> provinces.put(p.code(), p));
    for (OldDistrict d : t.oldDistricts()) {
      districts.put(d.code(), d);
      districtsByProvince.computeIfAbsent(d.provinceCode(), k -> new ArrayList<>()).add(d);
    }
    for (OldCommune c : t.oldCommunes()) {
      communes.put(c.code(), c);
      communesByDistrict.computeIfAbsent(c.districtCode(), k -> new ArrayList<>()).add(c);
    }
    t.newCommunes().forEach(c -> newCommunes.put(c.code(), c));
    for (Succession s : t.successions()) {
      if (s.oldLevel().equals(Succession.COMMUNE)) {
        successionsByOldCommune.computeIfAbsent(s.oldCode(), k -> new ArrayList<>()).add(s);
      }
      successionsByOldDistrict.computeIfAbsent(s.oldDistrictCode(), k -> new ArrayList<>()).add(s);
    }
    allCommunes = List.copyOf(t.oldCommunes());
  }

  /** The bundled unit tables, read once per class loader (they take a moment to parse). */
  static Places load() {
    UnitTables t = cached;
    if (t == null) {
      synchronized (Places.class) {
        t = cached;
        if (t == null) {
          t = UnitTables.fromClasspath();
          cached = t;
        }
      }
    }
    return new Places(t);
  }

  /** Parses "commune:27169", "district:771" or "province:79". */
  Origin origin(String spec) {
    String[] p = spec.trim().split(":", 2);
    if (p.length != 2) {
      throw new IllegalArgumentException("origin must be <level>:<code>, got '" + spec + "'");
    }
    String level = p[0].trim().toLowerCase(java.util.Locale.ROOT);
    String code = p[1].trim();
    switch (level) {
      case "commune" -> {
        OldCommune c = communes.get(code);
        if (c == null) {
          throw new IllegalArgumentException("unknown old commune code " + code);
        }
        return new Origin(
            level, code, c, districts.get(c.districtCode()), provinces.get(c.provinceCode()));
      }
      case "district" -> {
        OldDistrict d = districts.get(code);
        if (d == null) {
          throw new IllegalArgumentException("unknown old district code " + code);
        }
        return new Origin(level, code, null, d, provinces.get(d.provinceCode()));
      }
      case "province" -> {
        OldProvince pr = provinces.get(code);
        if (pr == null) {
          throw new IllegalArgumentException("unknown old province code " + code);
        }
        return new Origin(level, code, null, null, pr);
      }
      default ->
          throw new IllegalArgumentException(
              "origin level must be commune, district or province, got '" + level + "'");
    }
  }

  /** A random old commune that has a successor, as an origin. */
  Origin randomOrigin(Random rnd) {
    while (true) {
      OldCommune c = allCommunes.get(rnd.nextInt(allCommunes.size()));
      if (successionsByOldCommune.containsKey(c.code())) {
        return origin("commune:" + c.code());
      }
    }
  }

  /**
   * The new unit that received the origin's archives. For a commune: the successor that kept its
   * code if there is one (TP. Hồ Chí Minh's Phường 14, Quận 10 went partly to Phường Diên Hồng,
   * code 27169), else one it merged into whole, else the first listed. For a district or province:
   * the new unit that absorbed most of its communes.
   */
  NewCommune receiving(Origin o) {
    List<Succession> candidates = successors(o);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no successor known for " + o.spec());
    }
    String code;
    if (o.level().equals("commune")) {
      code =
          candidates.stream()
              .filter(s -> s.newCode().equals(o.code()))
              .findFirst()
              .or(() -> candidates.stream().filter(s -> !s.partial()).findFirst())
              .orElse(candidates.get(0))
              .newCode();
    } else {
      Map<String, Integer> votes = new TreeMap<>();
      candidates.forEach(s -> votes.merge(s.newCode(), 1, Integer::sum));
      code =
          votes.entrySet().stream()
              .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
              .orElseThrow()
              .getKey();
    }
    return newCommunes.get(code);
  }

  /** Every succession row of the origin's old communes (or of the island district itself). */
  List<Succession> successors(Origin o) {
    return switch (o.level()) {
      case "commune" -> successionsByOldCommune.getOrDefault(o.code(), List.of());
      case "district" -> successionsByOldDistrict.getOrDefault(o.code(), List.of());
      default -> {
        List<Succession> all = new ArrayList<>();
        for (OldDistrict d : districtsByProvince.getOrDefault(o.code(), List.of())) {
          all.addAll(successionsByOldDistrict.getOrDefault(d.code(), List.of()));
        }
        yield all;
      }
    };
  }

  /** A commune of the origin where a dossier's matter took place. */
  OldCommune homeCommune(Origin o, Random rnd) {
    if (o.commune() != null) {
      return o.commune();
    }
    List<OldDistrict> ds =
        o.district() != null
            ? List.of(o.district())
            : districtsByProvince.getOrDefault(o.code(), List.of());
    for (int tries = 0; tries < 50; tries++) {
      OldDistrict d = ds.get(rnd.nextInt(ds.size()));
      List<OldCommune> cs = communesByDistrict.get(d.code());
      if (cs != null && !cs.isEmpty()) {
        return cs.get(rnd.nextInt(cs.size()));
      }
    }
    throw new IllegalArgumentException("no commune found in " + o.spec());
  }

  /** Another commune of the same district (people are often born a few streets away). */
  OldCommune neighbour(OldCommune c, Random rnd) {
    List<OldCommune> cs = communesByDistrict.get(c.districtCode());
    return cs.get(rnd.nextInt(cs.size()));
  }

  /** A commune of the same province, or with some probability anywhere in the country. */
  OldCommune elsewhere(OldCommune c, Random rnd, double sameProvince) {
    if (rnd.nextDouble() < sameProvince) {
      List<OldDistrict> ds = districtsByProvince.get(c.provinceCode());
      List<OldCommune> cs = communesByDistrict.get(ds.get(rnd.nextInt(ds.size())).code());
      if (cs != null) {
        return cs.get(rnd.nextInt(cs.size()));
      }
    }
    return allCommunes.get(rnd.nextInt(allCommunes.size()));
  }

  OldDistrict district(OldCommune c) {
    return districts.get(c.districtCode());
  }

  /** "Phường 14, Quận 10, Thành phố Hồ Chí Minh". */
  static String address(OldCommune c) {
    return c.name() + ", " + c.districtName() + ", " + c.provinceName();
  }

  private static final String[] STREETS = {
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Nguyễn Trãi",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Nguyễn Du",
    "Lê Duẩn",
    "Điện Biên Phủ",
    "Cách Mạng Tháng Tám",
    "Ba Tháng Hai",
    "Tô Hiến Thành",
    "Nguyễn Tri Phương",
    "Lý Thái Tổ",
    "Phan Đình Phùng",
    "Quang Trung",
    "Lê Hồng Phong",
    "Nguyễn Thị Minh Khai",
    "Võ Văn Tần",
    "Hoàng Diệu",
    "Bà Triệu",
    "Kim Mã",
    "Đội Cấn",
    "Thành Công",
    "Ngô Gia Tự",
    "Sư Vạn Hạnh",
    "Hùng Vương",
    "Trần Phú",
    "Phạm Ngọc Thạch"
  };

  /**
   * A street address in the commune: house and street in a ward or township, hamlet (ấp in the
   * South, thôn elsewhere) in a rural commune.
   */
  static String streetAddress(OldCommune c, Random rnd) {
    String place;
    if (c.type().equals("Xã")) {
      boolean south = People.southern(c.provinceCode());
      place = (south ? "Ấp " : "Thôn ") + (1 + rnd.nextInt(9));
    } else {
      int house = 1 + rnd.nextInt(480);
      String alley = rnd.nextDouble() < 0.35 ? "/" + (1 + rnd.nextInt(60)) : "";
      place = "Số " + house + alley + " đường " + STREETS[rnd.nextInt(STREETS.length)];
    }
    return place + ", " + address(c);
  }

  /**
   * Where a child was born: for the two big cities often a maternity hospital, else the commune
   * (health station or home).
   */
  static String birthPlace(OldCommune c, int year, Random rnd) {
    if (year >= 1995 && rnd.nextDouble() < 0.6) {
      if (c.provinceCode().equals("79")) {
        String h = rnd.nextBoolean() ? "Bệnh viện Từ Dũ" : "Bệnh viện Hùng Vương";
        return h + ", " + c.provinceName();
      }
      if (c.provinceCode().equals("01")) {
        String h = rnd.nextBoolean() ? "Bệnh viện Phụ sản Hà Nội" : "Bệnh viện Phụ sản Trung ương";
        return h + ", " + c.provinceName();
      }
      return "Trạm y tế " + address(c);
    }
    return address(c);
  }
}
