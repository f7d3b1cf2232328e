package vn.hoso.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * Vietnamese people as they appear in civil-status registers: names with the real spread of family
 * names, and the personal identifiers of each era.
 */
final class People {

  /**
   * The identifier a person carries. Since 2016 every citizen has a 12-digit personal ID (số định
   * danh cá nhân), printed on the chip-based citizen card (CCCD); before that, adults carried a
   * 9-digit identity card (CMND), which many still had until 2021.
   */
  record Person(
      String fullName,
      boolean male,
      LocalDate birthDate,
      String birthProvinceCode,
      String cccd,
      String cmnd,
      LocalDate cccdIssued,
      String hometown,
      String residence,
      String birthPlace) {

    /** The identifier the person would have shown on {@code date}; "" if none (a child). */
    String idAt(LocalDate date) {
      if (!date.isBefore(cccdIssued)) {
        return cccd;
      }
      return birthDate.plusYears(14).isAfter(date) ? "" : cmnd;
    }

    /** "Căn cước công dân" or "Chứng minh nhân dân", for the identifier shown on {@code date}. */
    String idKindAt(LocalDate date) {
      String id = idAt(date);
      return id.length() == 12 ? "Căn cước công dân" : "Chứng minh nhân dân";
    }

    String sex() {
      return male ? "Nam" : "Nữ";
    }

    String honorific() {
      return male ? "ông" : "bà";
    }
  }

  /*
   * Family names with their approximate share of the population (Nguyễn alone ~38 %). Hoàng and Vũ
   * are written Huỳnh and Võ in the South and the South-Central coast (the Nguyễn lords' naming
   * taboo), so they are picked by region below.
   */
  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Trịnh", "Đoàn", "Cao", "Lương", "Tạ", "Hà",
    "Châu"
  };
  private static final double[] FAMILY_WEIGHT = {
    38.4, 11.0, 9.5, 7.1, 5.1, 4.5, 3.9, 2.1, 2.0, 1.4, 1.3, 1.3, 1.0, 0.5, 0.6, 0.6, 0.5, 0.5, 0.5,
    0.5, 0.4, 0.4, 0.3, 0.3, 0.3
  };

  private static final String[] MALE_MIDDLE = {
    "Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Xuân", "Ngọc", "Thanh", "Đình", "Trọng",
    "Quốc", "Gia", "Hoàng", "Anh", "Tuấn", "Bảo"
  };
  private static final String[] FEMALE_MIDDLE = {
    "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Thùy", "Phương", "Bảo", "Kim", "Mỹ", "Khánh",
    "Hoài", "Diệu"
  };
  private static final String[] MALE_GIVEN = {
    "Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Khoa", "Kiên",
    "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Thắng", "Thành", "Trung",
    "Tuấn", "Tùng", "Việt", "Vinh", "Bảo", "Đạt", "Hoàng", "Lâm", "Tài", "Toàn", "Hưng", "Thịnh"
  };
  private static final String[] FEMALE_GIVEN = {
    "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Linh",
    "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thu",
    "Trang", "Tuyết", "Vân", "Yến", "Thủy", "Hiền", "Nhi", "Vy"
  };

  static final String RESERVED_NAME = "Nguyễn Văn Đức";

  private final Random rnd;
  private boolean reservedGiven;

  People(Random rnd) {
    this.rnd = rnd;
  }

  /**
   * True for the old provinces where Hoàng/Vũ are written Huỳnh/Võ: from Quảng Nam (code 49)
   * southwards.
   */
  static boolean southern(String provinceCode) {
    return Integer.parseInt(provinceCode) >= 49;
  }

  String familyName(String provinceCode) {
    double total = 0;
    for (double w : FAMILY_WEIGHT) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    int i = 0;
    while (i < FAMILY.length - 1 && (x -= FAMILY_WEIGHT[i]) > 0) {
      i++;
    }
    String f = FAMILY[i];
    boolean south = southern(provinceCode) ^ rnd.nextDouble() < 0.15;
    if (south && f.equals("Hoàng")) {
      return "Huỳnh";
    }
    if (south && f.equals("Vũ")) {
      return "Võ";
    }
    return f;
  }

  /**
   * A full name. Older generations are mostly "Văn" (men) and "Thị" (women); younger ones more
   * varied, sometimes with two middle names ("Nguyễn Thị Thu Hà").
   */
  String fullName(String family, boolean male, int birthYear) {
    boolean traditional =
        rnd.nextDouble() < (birthYear < 1975 ? 0.75 : birthYear < 1995 ? 0.5 : 0.2);
    String middle;
    if (traditional) {
      middle = male ? "Văn" : "Thị";
    } else {
      middle = pick(male ? MALE_MIDDLE : FEMALE_MIDDLE);
    }
    if (!traditional && rnd.nextDouble() < 0.12) {
      String second = pick(male ? MALE_MIDDLE : FEMALE_MIDDLE);
      if (!second.equals(middle) && !second.equals("Văn") && !second.equals("Thị")) {
        middle = middle + " " + second;
      }
    }
    String given;
    do {
      given = pick(male ? MALE_GIVEN : FEMALE_GIVEN);
    } while (middle.contains(given));
    return family + " " + middle + " " + given;
  }

  /**
   * A new person. The first grown man a generator creates is "Nguyễn Văn Đức", a name common enough
   * to be real and that the portal's search tests look for; take the family name of children from
   * the father's full name.
   */
  Person person(
      String family,
      boolean male,
      LocalDate birthDate,
      String birthProvince,
      String hometown,
      String residence,
      String birthPlace) {
    boolean reserved = !reservedGiven && male && birthDate.getYear() < 2000;
    reservedGiven |= reserved;
    String name = reserved ? RESERVED_NAME : fullName(family, male, birthDate.getYear());
    String cccd = cccd(birthProvince, male, birthDate);
    String cmnd = cmnd(birthProvince);
    // Chip cards were issued from 2016 in the big cities and en masse in 2021; a child born since
    // 2016 gets the personal number when the birth is registered.
    LocalDate issued =
        birthDate.getYear() >= 2016
            ? birthDate
            : LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(6 * 365));
    return new Person(
        name, male, birthDate, birthProvince, cccd, cmnd, issued, hometown, residence, birthPlace);
  }

  /**
   * A 12-digit personal ID (Circular 59/2021/TT-BCA): the 3-digit code of the province where the
   * birth was registered (the pre-2025 province code with a leading zero: 001 Hà Nội, 079 TP. Hồ
   * Chí Minh), one digit for century and sex (0/1 man/woman born 1900–1999, 2/3 born 2000–2099),
   * the last two digits of the year of birth, then six random digits.
   */
  String cccd(String provinceCode, boolean male, LocalDate birth) {
    int century = (birth.getYear() / 100 - 19) * 2 + (male ? 0 : 1);
    return "0"
        + provinceCode
        + century
        + String.format("%02d", birth.getYear() % 100)
        + String.format("%06d", rnd.nextInt(1_000_000));
  }

  /**
   * A 9-digit identity card number. Its first digits were the issuing police department's code (01
   * Hà Nội, 02 TP. Hồ Chí Minh, 03 Hải Phòng…); other provinces get a stable stand-in here.
   */
  String cmnd(String provinceCode) {
    String prefix =
        switch (provinceCode) {
          case "01" -> "01";
          case "79" -> "02";
          case "31" -> "03";
          default -> String.format("%02d", 4 + Integer.parseInt(provinceCode) % 34);
        };
    return prefix + String.format("%07d", rnd.nextInt(10_000_000));
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }
}
