package vn.hoso.demo;

import static vn.hoso.demo.VietnameseText.longDate;
import static vn.hoso.demo.VietnameseText.placeName;
import static vn.hoso.demo.VietnameseText.shortDate;
import static vn.hoso.demo.VietnameseText.upper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import vn.hoso.demo.Layout.Cell;
import vn.hoso.demo.Layout.Composer;
import vn.hoso.demo.Layout.Page;
import vn.hoso.demo.Layout.Seg;
import vn.hoso.demo.Layout.Style;
import vn.hoso.demo.People.Person;
import vn.hoso.demo.Places.Origin;
import vn.hoso.units.UnitTables.OldCommune;
import vn.hoso.units.UnitTables.OldDistrict;

/**
 * Writes the documents of a dossier: their pages (laid out, not yet rendered) and the metadata the
 * package's documents.csv says about them. Each theme follows the real paperwork of a commune or
 * district office: the civil-status forms of the Ministry of Justice, the household-business
 * certificate of the district finance office, decisions with their legal bases of the year they
 * were signed, and the 2025 merger resolutions themselves.
 */
final class DocumentFactory {

  /** What a dossier is about. */
  enum Theme {
    BIRTH,
    MARRIAGE,
    BUSINESS,
    CONSTRUCTION,
    LAND,
    COMMUNE_DECISION,
    RESOLUTION,
    DENUNCIATION
  }

  record Subject(String name, String id, LocalDate birthDate) {}

  /** One document: metadata as documents.csv holds it, and its pages. */
  record Doc(
      String kind,
      String typeName,
      String number,
      String notation,
      LocalDate issued,
      String issuingOrgan,
      String summary,
      List<Subject> subjects,
      List<String> businessCodes,
      String access,
      boolean autograph,
      String notes,
      List<Page> pages) {}

  /** A dossier's description and documents. */
  record Dossier(
      Theme theme,
      String title,
      String retention,
      String access,
      String keywords,
      String notes,
      List<Doc> docs) {}

  /** An issuing office: how documents.csv names it and how its documents' header shows it. */
  private record Organ(
      String csvName, List<Cell> header, String place, String chair, String vice) {}

  /** First-line indent of body paragraphs (about 1 cm). */
  private static final float INDENT = 28f;

  private static final List<Cell> MOTTO =
      List.of(
          Cell.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          Cell.bold("Độc lập - Tự do - Hạnh phúc").underlined());

  private final Places places;
  private final Random rnd;
  private final People people;
  private final Origin origin;
  private final Map<String, Organ> organs = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private int minPages = 1;
  private int maxPages = 1;

  DocumentFactory(Places places, Random rnd, Origin origin) {
    this.places = places;
    this.rnd = rnd;
    this.people = new People(rnd);
    this.origin = origin;
  }

  /** Writes a dossier of {@code docCount} documents of about minPages–maxPages pages each. */
  Dossier dossier(Theme theme, int docCount, int minPages, int maxPages) {
    this.minPages = minPages;
    this.maxPages = maxPages;
    OldCommune home = places.homeCommune(origin, rnd);
    OldDistrict district = places.district(home);
    int year =
        switch (theme) {
          case BIRTH, MARRIAGE -> 1995 + rnd.nextInt(30);
          case BUSINESS, CONSTRUCTION -> 2009 + rnd.nextInt(16);
          case LAND -> 2005 + rnd.nextInt(20);
          case COMMUNE_DECISION -> 2010 + rnd.nextInt(15);
          case RESOLUTION -> 2025;
          case DENUNCIATION -> 2019 + rnd.nextInt(6);
        };
    List<LocalDate> dates = dates(year, docCount, theme == Theme.RESOLUTION);
    List<Doc> docs = new ArrayList<>();
    String commune = home.name() + ", " + home.districtName();
    return switch (theme) {
      case BIRTH -> {
        int reg = 1 + rnd.nextInt(40);
        for (LocalDate d : dates) {
          docs.add(birth(home, d, reg));
          reg += 1 + rnd.nextInt(12);
        }
        yield new Dossier(
            theme,
            "Hồ sơ đăng ký khai sinh năm " + year + " của UBND " + commune,
            "permanent",
            "restricted",
            "hộ tịch;khai sinh;" + year,
            "",
            docs);
      }
      case MARRIAGE -> {
        int reg = 1 + rnd.nextInt(20);
        for (LocalDate d : dates) {
          docs.add(marriage(home, d, reg));
          reg += 1 + rnd.nextInt(6);
        }
        yield new Dossier(
            theme,
            "Hồ sơ đăng ký kết hôn năm " + year + " của UBND " + commune,
            "permanent",
            "restricted",
            "hộ tịch;kết hôn;" + year,
            "",
            docs);
      }
      case BUSINESS -> {
        for (LocalDate d : dates) {
          docs.add(business(home, d));
        }
        yield new Dossier(
            theme,
            "Hồ sơ cấp giấy chứng nhận đăng ký hộ kinh doanh năm "
                + year
                + " trên địa bàn "
                + home.name(),
            "20",
            "restricted",
            "đăng ký kinh doanh;hộ kinh doanh;" + year,
            "",
            docs);
      }
      case CONSTRUCTION -> {
        for (LocalDate d : dates) {
          docs.add(construction(home, d));
        }
        yield new Dossier(
            theme,
            "Hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ năm "
                + year
                + " trên địa bàn "
                + home.name(),
            "50",
            "public",
            "xây dựng;giấy phép xây dựng;" + year,
            "",
            docs);
      }
      case LAND -> {
        for (LocalDate d : dates) {
          docs.add(land(home, d));
        }
        yield new Dossier(
            theme,
            "Hồ sơ chuyển mục đích sử dụng đất năm " + year + " trên địa bàn " + home.name(),
            "permanent",
            "public",
            "đất đai;chuyển mục đích sử dụng đất;" + year,
            "",
            docs);
      }
      case COMMUNE_DECISION -> {
        for (LocalDate d : dates) {
          docs.add(rnd.nextBoolean() ? award(home, d) : committee(home, d, false));
        }
        yield new Dossier(
            theme,
            "Tập quyết định của UBND " + commune + " năm " + year,
            "20",
            "public",
            "quyết định;thi đua khen thưởng;" + year,
            "",
            docs);
      }
      case RESOLUTION -> {
        docs.add(resolution(home, dates.get(0)));
        for (LocalDate d : dates.subList(1, dates.size())) {
          docs.add(committee(home, d, true));
        }
        yield new Dossier(
            theme,
            "Hồ sơ về việc sắp xếp đơn vị hành chính cấp xã năm 2025 của UBND " + commune,
            "permanent",
            "public",
            "sắp xếp đơn vị hành chính;nghị quyết;2025",
            "Gồm văn bản của cấp trên gửi đến và văn bản của đơn vị thực hiện",
            docs);
      }
      case DENUNCIATION -> {
        for (LocalDate d : dates) {
          docs.add(denunciation(home, d));
        }
        yield new Dossier(
            theme,
            "Hồ sơ giải quyết đơn tố cáo năm " + year + " của UBND " + commune,
            "20",
            "confidential",
            "tố cáo;" + year,
            "Danh tính người tố cáo được giữ bí mật theo Luật Tố cáo",
            docs);
      }
    };
  }

  /** {@code n} working-day dates in a year, ascending; the merger dossier follows 16 June 2025. */
  private List<LocalDate> dates(int year, int n, boolean merger) {
    List<LocalDate> out = new ArrayList<>();
    if (merger) {
      out.add(LocalDate.of(2025, 6, 16));
      LocalDate d = LocalDate.of(2025, 6, 17);
      for (int i = 1; i < n; i++) {
        d = workday(d.plusDays(rnd.nextInt(3)));
        out.add(d);
        d = d.plusDays(1);
      }
      return out;
    }
    int days = LocalDate.of(year, 12, 31).getDayOfYear();
    for (int i = 0; i < n; i++) {
      out.add(workday(LocalDate.ofYearDay(year, 1 + rnd.nextInt(days - 3))));
    }
    out.sort(null);
    return out;
  }

  private static LocalDate workday(LocalDate d) {
    while (d.getDayOfWeek().getValue() >= 6) {
      d = d.plusDays(1);
    }
    return d;
  }

  private int pagesWanted() {
    return minPages + rnd.nextInt(maxPages - minPages + 1);
  }

  private int next(String counter, int start, int maxStep) {
    int v = counters.getOrDefault(counter, start + rnd.nextInt(Math.max(1, start)));
    counters.put(counter, v + 1 + rnd.nextInt(maxStep));
    return v;
  }

  // ---------------------------------------------------------------- offices and people

  private Organ commune(OldCommune c) {
    return organs.computeIfAbsent(
        "c" + c.code(),
        k ->
            new Organ(
                "UBND " + c.name() + ", " + c.districtName(),
                List.of(Cell.bold("ỦY BAN NHÂN DÂN"), Cell.bold(upper(c.name())).underlined()),
                placeName(c.name()),
                official(c.provinceCode()),
                official(c.provinceCode())));
  }

  private Organ district(OldDistrict d) {
    return organs.computeIfAbsent(
        "d" + d.code(),
        k ->
            new Organ(
                "UBND " + d.name() + ", " + d.provinceName(),
                List.of(Cell.bold("ỦY BAN NHÂN DÂN"), Cell.bold(upper(d.name())).underlined()),
                placeName(d.name()),
                official(d.provinceCode()),
                official(d.provinceCode())));
  }

  /** The district's finance and planning office, which registers household businesses. */
  private Organ financeOffice(OldDistrict d) {
    return organs.computeIfAbsent(
        "f" + d.code(),
        k ->
            new Organ(
                "Phòng Tài chính - Kế hoạch, UBND " + d.name() + ", " + d.provinceName(),
                List.of(
                    Cell.plain("UBND " + upper(d.name())),
                    Cell.bold("PHÒNG TÀI CHÍNH - KẾ HOẠCH").underlined()),
                placeName(d.name()),
                official(d.provinceCode()),
                official(d.provinceCode())));
  }

  private String official(String provinceCode) {
    boolean male = rnd.nextDouble() < 0.7;
    return people.fullName(people.familyName(provinceCode), male, 1965 + rnd.nextInt(20));
  }

  /** An adult living in {@code home}, born between the given years. */
  private Person adult(OldCommune home, boolean male, int fromYear, int toYear, String family) {
    LocalDate birth = LocalDate.of(fromYear + rnd.nextInt(toYear - fromYear + 1), 1, 1);
    birth = birth.plusDays(rnd.nextInt(365));
    OldCommune born = places.elsewhere(home, rnd, 0.7);
    String fam = family != null ? family : people.familyName(born.provinceCode());
    OldCommune hometown = places.elsewhere(born, rnd, 0.6);
    return people.person(
        fam,
        male,
        birth,
        born.provinceCode(),
        Places.address(hometown),
        Places.streetAddress(rnd.nextDouble() < 0.7 ? home : places.neighbour(home, rnd), rnd),
        Places.birthPlace(born, birth.getYear(), rnd));
  }

  private static String familyOf(Person p) {
    return p.fullName().substring(0, p.fullName().indexOf(' '));
  }

  private static Subject subject(Person p, LocalDate at) {
    return new Subject(p.fullName(), p.idAt(at), p.birthDate());
  }

  private static void header(Composer c, Organ o, String number, LocalDate date) {
    c.header(
        o.header(),
        MOTTO,
        number == null ? null : Cell.plain(number),
        date == null ? null : Cell.italic(o.place() + ", " + longDate(date)));
  }

  private static void title(Composer c, String title, String subtitle) {
    c.centered(title, Style.BOLD, Layout.TITLE);
    if (subtitle != null) {
      c.centered(subtitle, Style.BOLD, Layout.BODY);
    }
    c.space(8);
  }

  private static void citation(Composer c, String text) {
    c.paragraph(INDENT, 0, Layout.BODY, List.of(Seg.italic(text)));
  }

  private static void article(Composer c, int n, String text) {
    c.paragraph(INDENT, 0, Layout.BODY, List.of(Seg.bold("Điều " + n + "."), Seg.of(text)));
  }

  private static void item(Composer c, String text) {
    c.paragraph(0, 14, Layout.BODY, List.of(Seg.of(text)));
  }

  private static List<Cell> signTitle(String... lines) {
    List<Cell> out = new ArrayList<>();
    for (String l : lines) {
      out.add(Cell.bold(l));
    }
    return out;
  }

  private List<Cell> councilSign(Organ o, boolean byChair) {
    return byChair
        ? signTitle("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
        : signTitle("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
  }

  /** Fills the document up to the wanted number of pages with the attachments of its file. */
  private static void attach(Composer c, int wanted, List<Consumer<Composer>> attachments) {
    int i = 0;
    while (c.pageCount() < wanted && !attachments.isEmpty()) {
      c.pageBreak();
      attachments.get(i % attachments.size()).accept(c);
      i++;
    }
  }

  // ---------------------------------------------------------------- civil status

  /**
   * A birth registration. Since 2016 (Law on Civil Status) the record carries the child's personal
   * ID and the commune issues an extract (trích lục); before that the birth certificate (giấy khai
   * sinh) had no identifier.
   */
  private Doc birth(OldCommune home, LocalDate registered, int reg) {
    Organ o = commune(home);
    Person father = adult(home, true, registered.getYear() - 40, registered.getYear() - 22, null);
    Person mother = adult(home, false, registered.getYear() - 38, registered.getYear() - 20, null);
    boolean boy = rnd.nextBoolean();
    LocalDate born = registered.minusDays(3 + rnd.nextInt(55));
    OldCommune birthCommune = rnd.nextDouble() < 0.8 ? home : places.neighbour(home, rnd);
    Person child =
        people.person(
            familyOf(father),
            boy,
            born,
            home.provinceCode(),
            father.hometown(),
            father.residence(),
            Places.birthPlace(birthCommune, born.getYear(), rnd));
    boolean modern = registered.getYear() >= 2016;
    boolean extract = modern && rnd.nextDouble() < 0.6;
    String book = "01/" + registered.getYear();
    int extractNo = reg;
    Composer c = new Composer();
    String typeName;
    String notation = "";
    if (extract) {
      typeName = "Trích lục khai sinh";
      notation = extractNo + "/TLKS-BS";
      header(c, o, "Số: " + notation, registered);
      title(c, "TRÍCH LỤC KHAI SINH", null);
      c.centered("(Bản sao)", Style.ITALIC, Layout.BODY);
      c.space(6);
    } else {
      typeName = "Giấy khai sinh";
      header(c, o, "Số: " + reg + ", Quyển số: " + book, null);
      title(c, "GIẤY KHAI SINH", null);
      c.centered("(Bản chính)", Style.ITALIC, Layout.BODY);
      c.space(6);
    }
    c.field("Họ, chữ đệm, tên", upper(child.fullName()));
    c.field("Ngày, tháng, năm sinh", shortDate(born));
    c.field("Ghi bằng chữ", VietnameseText.capitalize(VietnameseText.dateInWords(born)));
    c.fields("Giới tính", child.sex(), "Dân tộc", "Kinh", "Quốc tịch", "Việt Nam");
    c.field("Nơi sinh", child.birthPlace());
    c.field("Quê quán", child.hometown());
    if (modern) {
      c.field("Số định danh cá nhân", child.cccd());
    }
    c.space(4);
    for (Person parent : List.of(mother, father)) {
      String who = parent == mother ? "người mẹ" : "người cha";
      c.field("Họ, chữ đệm, tên " + who, upper(parent.fullName()));
      c.fields(
          "Năm sinh",
          Integer.toString(parent.birthDate().getYear()),
          "Dân tộc",
          "Kinh",
          "Quốc tịch",
          "Việt Nam");
      c.field("Nơi cư trú", parent.residence());
      c.space(3);
    }
    c.field("Nơi đăng ký khai sinh", "Ủy ban nhân dân " + Places.address(home));
    c.field("Ngày, tháng, năm đăng ký", shortDate(registered));
    if (extract) {
      c.field("Số", reg + ", Quyển số: " + book);
    }
    boolean vice = rnd.nextBoolean();
    List<Cell> sign =
        extract
            ? List.of(
                Cell.bold("NGƯỜI KÝ TRÍCH LỤC"),
                Cell.italic("(Ký, ghi rõ họ, chữ đệm, tên, chức vụ và đóng dấu)").sized(9f))
            : councilSign(o, !vice);
    c.signature(List.of(), sign, vice ? o.vice() : o.chair(), true);
    Person declarant = rnd.nextBoolean() ? father : mother;
    attach(
        c,
        pagesWanted(),
        List.of(
            x -> birthDeclaration(x, o, home, declarant, child, registered),
            x -> receipt(x, o, declarant, "Đăng ký khai sinh", registered),
            x -> birthNotice(x, mother, child)));
    // The child and both parents: each may ask for a copy. Before 2016 the child had no
    // identifier yet, so the row gives names and birth dates without subject_ids.
    List<Subject> subjects =
        List.of(
            subject(child, registered), subject(father, registered), subject(mother, registered));
    return new Doc(
        "civil_status",
        typeName,
        Integer.toString(reg),
        notation,
        registered,
        o.csvName(),
        "Đăng ký khai sinh cho " + child.fullName() + ", sinh ngày " + shortDate(born),
        subjects,
        List.of(),
        "",
        false,
        "Số đăng ký: " + reg + ", Quyển số: " + book,
        c.pages());
  }

  private void birthDeclaration(
      Composer c, Organ o, OldCommune home, Person declarant, Person child, LocalDate date) {
    c.header(List.of(), MOTTO, null, null);
    title(c, "TỜ KHAI ĐĂNG KÝ KHAI SINH", null);
    c.centered(
        "Kính gửi: Ủy ban nhân dân " + home.name() + ", " + home.districtName(),
        Style.REGULAR,
        Layout.BODY);
    c.space(6);
    c.field("Họ, chữ đệm, tên người yêu cầu", declarant.fullName());
    c.field("Nơi cư trú", declarant.residence());
    c.field("Giấy tờ tùy thân", declarant.idKindAt(date) + " số " + declarant.idAt(date));
    c.field("Quan hệ với người được khai sinh", declarant.male() ? "Cha" : "Mẹ");
    c.paragraph(0, Seg.of("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:"));
    c.field("Họ, chữ đệm, tên", upper(child.fullName()));
    c.field("Ngày, tháng, năm sinh", shortDate(child.birthDate()));
    c.fields("Giới tính", child.sex(), "Dân tộc", "Kinh", "Quốc tịch", "Việt Nam");
    c.field("Nơi sinh", child.birthPlace());
    c.field("Quê quán", child.hometown());
    c.paragraph(
        28,
        Seg.of(
            "Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự"
                + " thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật."),
        Seg.of("Tôi chịu hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình."));
    c.signature(
        List.of(),
        List.of(
            Cell.italic("Làm tại: " + o.place() + ", " + longDate(date)),
            Cell.bold("NGƯỜI YÊU CẦU"),
            Cell.italic("(Ký, ghi rõ họ, chữ đệm, tên)").sized(9f)),
        declarant.fullName(),
        false);
  }

  /** The hospital's birth notice (giấy chứng sinh), filed with the registration. */
  private void birthNotice(Composer c, Person mother, Person child) {
    c.header(
        List.of(Cell.plain("SỞ Y TẾ"), Cell.bold("CƠ SỞ KHÁM BỆNH, CHỮA BỆNH").underlined()),
        MOTTO,
        Cell.plain("Số: " + (100 + rnd.nextInt(9000)) + "/GCS"),
        null);
    title(c, "GIẤY CHỨNG SINH", null);
    c.field("Họ và tên mẹ", mother.fullName());
    c.fields("Năm sinh", Integer.toString(mother.birthDate().getYear()), "Dân tộc", "Kinh");
    c.field("Nơi đăng ký thường trú", mother.residence());
    c.field(
        "Đã sinh con vào lúc",
        (6 + rnd.nextInt(14))
            + " giờ "
            + rnd.nextInt(60)
            + " phút, "
            + longDate(child.birthDate()));
    c.field("Tại", child.birthPlace());
    c.fields(
        "Số lần sinh",
        Integer.toString(1 + rnd.nextInt(3)),
        "Số con hiện sống",
        Integer.toString(1 + rnd.nextInt(3)));
    c.fields(
        "Giới tính của con",
        child.sex(),
        "Cân nặng",
        VietnameseText.money(2600 + rnd.nextInt(16) * 100) + " gam");
    c.field("Dự định đặt tên con", child.fullName());
    c.signature(
        List.of(),
        List.of(Cell.bold("THỦ TRƯỞNG CƠ SỞ"), Cell.italic("(Ký, ghi rõ họ tên, đóng dấu)")),
        official(child.birthProvinceCode()),
        true);
  }

  /**
   * The receipt of the one-stop counter (phiếu tiếp nhận hồ sơ và hẹn trả kết quả, Decree
   * 61/2018/NĐ-CP), filed with every application.
   */
  private void receipt(Composer c, Organ o, Person applicant, String procedure, LocalDate date) {
    c.header(
        o.header(),
        MOTTO,
        Cell.plain("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"),
        Cell.italic(o.place() + ", " + longDate(date.minusDays(3))));
    title(c, "PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", null);
    c.field(
        "Mã hồ sơ",
        String.format(
            "%02d%04d-%s-%04d",
            date.getYear() % 100,
            rnd.nextInt(10000),
            String.format("%02d%02d", date.getMonthValue(), date.getDayOfMonth()),
            rnd.nextInt(10000)));
    c.field("Tiếp nhận hồ sơ của", applicant.fullName());
    c.field("Địa chỉ", applicant.residence());
    c.field("Số điện thoại", phone());
    c.field("Nội dung yêu cầu giải quyết", procedure);
    c.paragraph(0, Seg.of("Thành phần hồ sơ nộp gồm:"));
    item(c, "1. Tờ khai theo mẫu (bản chính): 01 bản;");
    item(c, "2. Giấy tờ tùy thân của người yêu cầu (bản sao): 01 bản;");
    item(c, "3. Giấy tờ chứng minh nơi cư trú (bản sao): 01 bản.");
    c.field("Số lượng hồ sơ", "01 (bộ)");
    c.field("Thời gian nhận hồ sơ", "08 giờ 30 phút, " + longDate(date.minusDays(3)));
    c.field("Thời gian trả kết quả", "14 giờ 00 phút, " + longDate(date));
    c.signature(
        List.of("Người nộp hồ sơ", applicant.fullName()),
        List.of(Cell.bold("NGƯỜI TIẾP NHẬN HỒ SƠ")),
        official(origin.province().code()),
        false);
  }

  /** Marriage registration: the extract since 2016, the certificate before. */
  private Doc marriage(OldCommune home, LocalDate registered, int reg) {
    Organ o = commune(home);
    int y = registered.getYear();
    Person husband = adult(home, true, y - 38, y - 21, null);
    Person wife = adult(home, false, y - 34, y - 19, null);
    boolean modern = y >= 2016;
    String book = "01/" + y;
    String typeName = modern ? "Trích lục kết hôn" : "Giấy chứng nhận kết hôn";
    String notation = modern ? reg + "/TLKH-BS" : "";
    Composer c = new Composer();
    header(
        c,
        o,
        modern ? "Số: " + notation : "Số: " + reg + ", Quyển số: " + book,
        modern ? registered : null);
    title(c, modern ? "TRÍCH LỤC KẾT HÔN" : "GIẤY CHỨNG NHẬN KẾT HÔN", null);
    if (modern) {
      c.centered("(Bản sao)", Style.ITALIC, Layout.BODY);
      c.space(6);
    }
    for (Person p : List.of(husband, wife)) {
      String who = p == husband ? "chồng" : "vợ";
      c.field("Họ, chữ đệm, tên " + who, upper(p.fullName()));
      c.fields(
          "Ngày, tháng, năm sinh",
          shortDate(p.birthDate()),
          "Dân tộc",
          "Kinh",
          "Quốc tịch",
          "Việt Nam");
      c.field("Nơi cư trú", p.residence());
      c.field("Giấy tờ tùy thân", p.idKindAt(registered) + " số " + p.idAt(registered));
      c.space(4);
    }
    c.field("Nơi đăng ký kết hôn", "Ủy ban nhân dân " + Places.address(home));
    c.field("Ngày, tháng, năm đăng ký", shortDate(registered));
    if (modern) {
      c.field("Số", reg + ", Quyển số: " + book);
    }
    List<Cell> sign =
        modern
            ? List.of(
                Cell.bold("NGƯỜI KÝ TRÍCH LỤC"),
                Cell.italic("(Ký, ghi rõ họ, chữ đệm, tên, chức vụ và đóng dấu)").sized(9f))
            : councilSign(o, true);
    List<String> left =
        modern
            ? List.of()
            : List.of(
                "Chữ ký của hai bên:", "Chồng: " + husband.fullName(), "Vợ: " + wife.fullName());
    c.signature(left, sign, modern ? o.vice() : o.chair(), true);
    attach(
        c,
        pagesWanted(),
        List.of(
            x -> marriageDeclaration(x, o, home, husband, wife, registered),
            x -> receipt(x, o, husband, "Đăng ký kết hôn", registered)));
    return new Doc(
        "civil_status",
        typeName,
        Integer.toString(reg),
        notation,
        registered,
        o.csvName(),
        "Đăng ký kết hôn giữa " + husband.fullName() + " và " + wife.fullName(),
        List.of(subject(husband, registered), subject(wife, registered)),
        List.of(),
        "",
        !modern,
        "Số đăng ký: " + reg + ", Quyển số: " + book,
        c.pages());
  }

  private void marriageDeclaration(
      Composer c, Organ o, OldCommune home, Person husband, Person wife, LocalDate date) {
    c.header(List.of(), MOTTO, null, null);
    title(c, "TỜ KHAI ĐĂNG KÝ KẾT HÔN", null);
    c.centered(
        "Kính gửi: Ủy ban nhân dân " + home.name() + ", " + home.districtName(),
        Style.REGULAR,
        Layout.BODY);
    c.space(6);
    for (Person p : List.of(wife, husband)) {
      c.paragraph(0, Seg.bold(p == wife ? "Thông tin bên nữ" : "Thông tin bên nam"));
      c.field("Họ, chữ đệm, tên", p.fullName());
      c.field("Ngày, tháng, năm sinh", shortDate(p.birthDate()));
      c.fields("Dân tộc", "Kinh", "Quốc tịch", "Việt Nam");
      c.field("Nơi cư trú", p.residence());
      c.field("Giấy tờ tùy thân", p.idKindAt(date) + " số " + p.idAt(date));
      c.field("Kết hôn lần thứ mấy", "Lần thứ nhất");
      c.space(4);
    }
    c.paragraph(
        28,
        Seg.of(
            "Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng"
                + " tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt"
                + " Nam. Chúng tôi chịu trách nhiệm trước pháp luật về cam đoan của mình."));
    c.signature(
        List.of("Bên nữ", wife.fullName()),
        List.of(Cell.italic("Làm tại: " + o.place() + ", " + longDate(date)), Cell.bold("Bên nam")),
        husband.fullName(),
        false);
  }

  // ---------------------------------------------------------------- household businesses

  /*
   * Trades of small family businesses, with their code in the Vietnamese Standard Industrial
   * Classification (VSIC 2018) as certificates print it.
   */
  private static final String[][] TRADES = {
    {
      "Tạp hóa",
      "Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong"
          + " các cửa hàng kinh doanh tổng hợp",
      "4711"
    },
    {"Quán cơm", "Nhà hàng và các dịch vụ ăn uống phục vụ lưu động", "5610"},
    {"Cà phê", "Dịch vụ phục vụ đồ uống", "5630"},
    {"Sửa xe", "Bảo dưỡng, sửa chữa mô tô, xe máy", "4542"},
    {"Tiệm may", "May trang phục (trừ trang phục từ da lông thú)", "1410"},
    {
      "Điện thoại",
      "Bán lẻ thiết bị công nghệ thông tin liên lạc trong các cửa hàng chuyên doanh",
      "4741"
    },
    {"Tiệm tóc", "Cắt tóc, làm đầu, gội đầu", "9631"},
    {
      "Photocopy",
      "Photo, chuẩn bị tài liệu và các hoạt động hỗ trợ văn phòng đặc biệt khác",
      "8219"
    }
  };

  private static final String[] SHOP_NAMES = {
    "Minh Anh", "Phát Đạt", "Thịnh Vượng", "Hưng Thịnh", "Bình An", "Kim Ngân", "Tân Phát",
    "Hồng Phúc", "An Khang", "Thành Công", "Góc Phố", "Mai Linh", "Thu Hà", "Tuấn Phát"
  };

  /**
   * The household-business code (mã số hộ kinh doanh, Decree 01/2021/NĐ-CP): the province's code in
   * the business-registration system (01 Hà Nội, 41 TP. Hồ Chí Minh; other provinces use their
   * statistical code here), a letter for the district, 8 for "household business", and a six-digit
   * serial: "41M8012345". The letter is fixed per district so that codes stay consistent.
   */
  String businessCode(OldDistrict d) {
    String province =
        switch (d.provinceCode()) {
          case "79" -> "41";
          default -> d.provinceCode();
        };
    List<OldDistrict> ds = places.districtsByProvince.get(d.provinceCode());
    int idx = Math.max(0, ds.indexOf(d));
    char letter = (char) ('A' + idx % 26);
    int serial = next("hkd" + d.code(), 1000 + rnd.nextInt(30000), 40);
    return province + letter + "8" + String.format("%06d", serial);
  }

  private Doc business(OldCommune home, LocalDate issued) {
    OldDistrict d = places.district(home);
    Organ o = financeOffice(d);
    boolean male = rnd.nextDouble() < 0.55;
    Person owner = adult(home, male, issued.getYear() - 60, issued.getYear() - 22, null);
    String[] trade = TRADES[rnd.nextInt(TRADES.length)];
    String shop = trade[0] + " " + SHOP_NAMES[rnd.nextInt(SHOP_NAMES.length)];
    String code = businessCode(d);
    String address = Places.streetAddress(home, rnd);
    long capital = (20 + rnd.nextInt(40) * 10) * 1_000_000L;
    boolean change = rnd.nextDouble() < 0.25;
    LocalDate first = change ? issued.minusDays(200 + rnd.nextInt(1500)) : issued;
    Composer c = new Composer();
    header(c, o, null, null);
    title(c, "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "Số: " + code);
    c.centered("Đăng ký lần đầu: " + longDate(first), Style.ITALIC, Layout.BODY);
    if (change) {
      c.centered("Đăng ký thay đổi lần thứ 1: " + longDate(issued), Style.ITALIC, Layout.BODY);
    }
    c.space(8);
    c.field("1. Tên hộ kinh doanh", upper(shop));
    c.field("2. Địa điểm kinh doanh", address);
    c.field("Điện thoại", phone());
    c.field("3. Ngành, nghề kinh doanh", trade[1] + " (" + trade[2] + ")");
    c.field(
        "4. Vốn kinh doanh",
        VietnameseText.money(capital)
            + " đồng (Bằng chữ: "
            + VietnameseText.capitalize(VietnameseText.number(capital))
            + " đồng)");
    c.field("5. Số lượng lao động", Integer.toString(1 + rnd.nextInt(6)));
    c.fields(
        "6. Họ và tên đại diện hộ kinh doanh", upper(owner.fullName()), "Giới tính", owner.sex());
    c.fields("Sinh ngày", shortDate(owner.birthDate()), "Dân tộc", "Kinh", "Quốc tịch", "Việt Nam");
    String id = owner.idAt(issued);
    boolean cccd = id.length() == 12;
    c.field("Loại giấy tờ pháp lý của cá nhân", owner.idKindAt(issued));
    c.field("Số giấy tờ pháp lý của cá nhân", id);
    LocalDate idDate =
        cccd ? owner.cccdIssued() : owner.birthDate().plusYears(18).plusDays(rnd.nextInt(700));
    String idOffice =
        cccd
            ? "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
            : "Công an " + places.provinces.get(owner.birthProvinceCode()).name();
    c.fields("Ngày cấp", shortDate(idDate), "Nơi cấp", idOffice);
    c.field("Nơi đăng ký hộ khẩu thường trú", owner.residence());
    c.field("Chỗ ở hiện tại", owner.residence());
    c.signature(List.of(), signTitle("TRƯỞNG PHÒNG"), o.chair(), true);
    attach(
        c,
        pagesWanted(),
        List.of(
            x -> businessApplication(x, d, owner, shop, address, trade, capital, issued),
            x -> receipt(x, o, owner, "Đăng ký thành lập hộ kinh doanh", issued)));
    return new Doc(
        "business_registration",
        "Giấy chứng nhận đăng ký hộ kinh doanh",
        code,
        "",
        issued,
        o.csvName(),
        (change ? "Đăng ký thay đổi hộ kinh doanh " : "Đăng ký hộ kinh doanh ")
            + shop
            + ", đại diện: "
            + owner.fullName(),
        List.of(subject(owner, issued)),
        List.of(code),
        "",
        false,
        "",
        c.pages());
  }

  private void businessApplication(
      Composer c,
      OldDistrict d,
      Person owner,
      String shop,
      String address,
      String[] trade,
      long capital,
      LocalDate date) {
    c.header(List.of(), MOTTO, null, Cell.italic(placeName(d.name()) + ", " + longDate(date)));
    title(c, "GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH", null);
    c.centered("Kính gửi: Phòng Tài chính - Kế hoạch " + d.name(), Style.REGULAR, Layout.BODY);
    c.space(6);
    c.field("Tôi là", upper(owner.fullName()));
    c.field("Sinh ngày", shortDate(owner.birthDate()));
    c.field("Giấy tờ pháp lý của cá nhân", owner.idKindAt(date) + " số " + owner.idAt(date));
    c.field("Nơi cư trú", owner.residence());
    c.paragraph(0, Seg.of("Đăng ký hộ kinh doanh do tôi là chủ hộ với các nội dung sau:"));
    c.field("1. Tên hộ kinh doanh", upper(shop));
    c.field("2. Địa điểm kinh doanh", address);
    c.field("3. Ngành, nghề kinh doanh", trade[1]);
    c.field("4. Vốn kinh doanh", VietnameseText.money(capital) + " đồng");
    c.paragraph(
        28,
        Seg.of(
            "Tôi cam kết bản thân không thuộc diện bị cấm thành lập hộ kinh doanh và chịu trách"
                + " nhiệm trước pháp luật về tính hợp pháp, chính xác, trung thực của nội dung"
                + " đăng ký trên."));
    c.signature(
        List.of(),
        List.of(Cell.bold("CHỦ HỘ KINH DOANH"), Cell.italic("(Ký và ghi họ tên)")),
        owner.fullName(),
        false);
  }

  // ---------------------------------------------------------------- decisions

  /** The district's legal bases for a decision signed in {@code year}. */
  private static void localGovernmentBasis(Composer c, int year) {
    citation(
        c,
        year >= 2016
            ? "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
            : "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm"
                + " 2003;");
  }

  private static boolean urban(OldDistrict d) {
    return d.type().equals("Quận") || d.type().equals("Thị xã") || d.type().equals("Thành phố");
  }

  /** A construction permit for a family house, granted by the district (Law on Construction). */
  private Doc construction(OldCommune home, LocalDate issued) {
    OldDistrict d = places.district(home);
    Organ o = district(d);
    int y = issued.getYear();
    Person owner = adult(home, rnd.nextDouble() < 0.6, y - 65, y - 25, null);
    int no = next("qd" + d.code() + y, 20 + rnd.nextInt(200), 25);
    String notation = no + "/QĐ-UBND";
    String site = Places.streetAddress(home, rnd);
    int parcel = 10 + rnd.nextInt(900);
    int sheet = 1 + rnd.nextInt(60);
    double ground = 40 + rnd.nextInt(900) / 10.0;
    int floors = 1 + rnd.nextInt(5);
    String office = urban(d) ? "Phòng Quản lý đô thị" : "Phòng Kinh tế và Hạ tầng";
    Composer c = new Composer();
    header(c, o, "Số: " + notation, issued);
    title(c, "QUYẾT ĐỊNH", "Về việc cấp giấy phép xây dựng nhà ở riêng lẻ");
    c.centered("ỦY BAN NHÂN DÂN " + upper(d.name()), Style.BOLD, Layout.BODY);
    c.space(6);
    localGovernmentBasis(c, y);
    citation(
        c,
        y >= 2015
            ? "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;"
            : "Căn cứ Luật Xây dựng ngày 26 tháng 11 năm 2003;");
    if (y >= 2021) {
      citation(
          c,
          "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020;");
      citation(
          c,
          "Căn cứ Nghị định số 15/2021/NĐ-CP ngày 03 tháng 3 năm 2021 của Chính phủ quy định chi"
              + " tiết một số nội dung về quản lý dự án đầu tư xây dựng;");
    } else if (y >= 2016) {
      citation(
          c,
          "Căn cứ Nghị định số 59/2015/NĐ-CP ngày 18 tháng 6 năm 2015 của Chính phủ về quản lý"
              + " dự án đầu tư xây dựng;");
    } else if (y >= 2013) {
      citation(
          c,
          "Căn cứ Nghị định số 64/2012/NĐ-CP ngày 04 tháng 9 năm 2012 của Chính phủ về cấp giấy"
              + " phép xây dựng;");
    }
    citation(
        c,
        "Xét đơn đề nghị cấp giấy phép xây dựng của "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " "
            + longDate(issued.minusDays(10 + rnd.nextInt(20)))
            + " và hồ sơ kèm theo;");
    citation(c, "Theo đề nghị của Trưởng " + office.replaceFirst("^Phòng", "phòng") + ",");
    c.space(4);
    c.centered("QUYẾT ĐỊNH:", Style.BOLD, Layout.BODY);
    article(
        c,
        1,
        " Cấp giấy phép xây dựng cho "
            + owner.honorific()
            + " "
            + owner.fullName()
            + ", sinh năm "
            + owner.birthDate().getYear()
            + ", thường trú tại "
            + owner.residence()
            + "; được xây dựng nhà ở riêng lẻ tại thửa đất số "
            + parcel
            + ", tờ bản đồ số "
            + sheet
            + ", địa chỉ: "
            + site
            + ", với các nội dung sau:");
    item(c, "- Diện tích xây dựng tầng 1 (tầng trệt): " + VietnameseText.decimal(ground) + " m²;");
    item(c, "- Tổng diện tích sàn: " + VietnameseText.decimal(ground * floors * 0.95) + " m²;");
    item(
        c,
        "- Số tầng: "
            + floors
            + " tầng; chiều cao công trình: "
            + VietnameseText.decimal(floors * 3.6 + 0.9)
            + " m;");
    item(c, "- Cốt nền xây dựng công trình: +0,20 m so với cốt vỉa hè.");
    article(
        c,
        2,
        " Chủ đầu tư có trách nhiệm thực hiện đúng giấy phép xây dựng được cấp; thông báo ngày"
            + " khởi công cho Ủy ban nhân dân "
            + home.name()
            + " trước 07 ngày. Giấy phép xây dựng hết hiệu lực nếu sau 12 tháng kể từ ngày cấp mà"
            + " công trình chưa được khởi công.");
    article(
        c,
        3,
        " Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban"
            + " nhân dân, Trưởng "
            + office.replaceFirst("^Phòng", "phòng")
            + ", Chủ tịch Ủy ban nhân dân "
            + home.name()
            + " và "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " chịu trách nhiệm thi hành Quyết định này./.");
    c.signature(
        List.of("Nơi nhận:", "- Như Điều 3;", "- UBND " + home.name() + ";", "- Lưu: VT."),
        councilSign(o, false),
        o.vice(),
        true);
    Person applicant = owner;
    attach(
        c,
        pagesWanted(),
        List.of(
            x -> buildingApplication(x, d, applicant, site, parcel, sheet, ground, floors, issued),
            x -> receipt(x, o, applicant, "Cấp giấy phép xây dựng nhà ở riêng lẻ", issued)));
    return new Doc(
        "construction",
        "Quyết định",
        Integer.toString(no),
        notation,
        issued,
        o.csvName(),
        "Về việc cấp giấy phép xây dựng nhà ở riêng lẻ cho "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " tại thửa đất số "
            + parcel
            + ", tờ bản đồ số "
            + sheet,
        List.of(subject(owner, issued)),
        List.of(),
        "",
        false,
        "",
        c.pages());
  }

  private void buildingApplication(
      Composer c,
      OldDistrict d,
      Person owner,
      String site,
      int parcel,
      int sheet,
      double ground,
      int floors,
      LocalDate issued) {
    LocalDate date = issued.minusDays(15);
    c.header(List.of(), MOTTO, null, Cell.italic(placeName(d.name()) + ", " + longDate(date)));
    title(c, "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG", "(Sử dụng cho nhà ở riêng lẻ)");
    c.centered("Kính gửi: Ủy ban nhân dân " + d.name(), Style.REGULAR, Layout.BODY);
    c.space(6);
    c.paragraph(0, Seg.bold("1. Thông tin về chủ đầu tư:"));
    c.field("- Tên chủ đầu tư", owner.fullName());
    c.field("- Địa chỉ liên hệ", owner.residence());
    c.field("- Số điện thoại", phone());
    c.paragraph(0, Seg.bold("2. Thông tin công trình:"));
    c.field("- Địa điểm xây dựng", "Lô đất số " + parcel + ", tờ bản đồ số " + sheet);
    c.field("- Địa chỉ", site);
    c.paragraph(0, Seg.bold("3. Nội dung đề nghị cấp phép:"));
    c.field("- Loại công trình", "Nhà ở riêng lẻ, cấp III");
    c.field("- Diện tích xây dựng tầng 1", VietnameseText.decimal(ground) + " m²");
    c.field("- Số tầng", Integer.toString(floors));
    c.paragraph(
        0,
        Seg.of(
            "4. Dự kiến thời gian hoàn thành công trình: "
                + (6 + rnd.nextInt(7))
                + " tháng kể từ ngày khởi công."));
    c.paragraph(
        0,
        Seg.of(
            "5. Cam kết: Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn"
                + " toàn chịu trách nhiệm và bị xử lý theo quy định của pháp luật."));
    c.signature(
        List.of(),
        List.of(Cell.bold("NGƯỜI LÀM ĐƠN"), Cell.italic("(Ký, ghi rõ họ tên)")),
        owner.fullName(),
        false);
  }

  /** Permission to turn farm land into residential land (Land Law), granted by the district. */
  private Doc land(OldCommune home, LocalDate issued) {
    OldDistrict d = places.district(home);
    Organ o = district(d);
    int y = issued.getYear();
    Person owner = adult(home, rnd.nextDouble() < 0.65, y - 70, y - 25, null);
    int no = next("qd" + d.code() + y, 20 + rnd.nextInt(200), 25);
    String notation = no + "/QĐ-UBND";
    int parcel = 10 + rnd.nextInt(900);
    int sheet = 1 + rnd.nextInt(60);
    double area = 50 + rnd.nextInt(2000) / 10.0;
    String residential = urban(d) ? "đất ở tại đô thị" : "đất ở tại nông thôn";
    String from = rnd.nextBoolean() ? "đất trồng cây lâu năm" : "đất trồng cây hằng năm khác";
    Composer c = new Composer();
    header(c, o, "Số: " + notation, issued);
    title(c, "QUYẾT ĐỊNH", "Về việc cho phép chuyển mục đích sử dụng đất");
    c.centered("ỦY BAN NHÂN DÂN " + upper(d.name()), Style.BOLD, Layout.BODY);
    c.space(6);
    localGovernmentBasis(c, y);
    if (issued.isAfter(LocalDate.of(2024, 7, 31))) {
      citation(c, "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;");
    } else if (y >= 2014) {
      citation(c, "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;");
      citation(
          c,
          "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi"
              + " tiết thi hành một số điều của Luật Đất đai;");
    } else {
      citation(c, "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;");
    }
    citation(
        c,
        "Xét đơn xin chuyển mục đích sử dụng đất của hộ "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " "
            + longDate(issued.minusDays(20 + rnd.nextInt(30)))
            + ";");
    citation(
        c,
        "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số "
            + (10 + rnd.nextInt(400))
            + "/TTr-TNMT "
            + longDate(issued.minusDays(5))
            + ",");
    c.space(4);
    c.centered("QUYẾT ĐỊNH:", Style.BOLD, Layout.BODY);
    article(
        c,
        1,
        " Cho phép hộ "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " được chuyển mục đích sử dụng "
            + VietnameseText.decimal(area)
            + " m² đất từ "
            + from
            + " sang "
            + residential
            + " tại thửa đất số "
            + parcel
            + ", tờ bản đồ số "
            + sheet
            + ", "
            + Places.address(home)
            + ".");
    item(c, "- Mục đích sử dụng đất: " + residential + ";");
    item(c, "- Thời hạn sử dụng đất: lâu dài;");
    item(c, "- Hình thức sử dụng đất: Nhà nước giao đất có thu tiền sử dụng đất.");
    article(
        c,
        2,
        " Hộ "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " có trách nhiệm nộp tiền sử dụng đất theo quy định; Phòng Tài nguyên và Môi trường"
            + " chỉnh lý hồ sơ địa chính; Chi cục Thuế xác định nghĩa vụ tài chính về đất đai.");
    article(
        c,
        3,
        " Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban"
            + " nhân dân, Trưởng phòng Tài nguyên và Môi trường, Chi cục trưởng Chi cục Thuế, Chủ"
            + " tịch Ủy ban nhân dân "
            + home.name()
            + " và hộ "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " chịu trách nhiệm thi hành Quyết định này./.");
    c.signature(
        List.of("Nơi nhận:", "- Như Điều 3;", "- Văn phòng đăng ký đất đai;", "- Lưu: VT, TNMT."),
        councilSign(o, false),
        o.vice(),
        true);
    attach(
        c,
        pagesWanted(),
        List.of(x -> receipt(x, o, owner, "Chuyển mục đích sử dụng đất", issued)));
    return new Doc(
        "land",
        "Quyết định",
        Integer.toString(no),
        notation,
        issued,
        o.csvName(),
        "Về việc cho phép hộ "
            + owner.honorific()
            + " "
            + owner.fullName()
            + " chuyển mục đích sử dụng đất tại thửa đất số "
            + parcel
            + ", tờ bản đồ số "
            + sheet,
        List.of(subject(owner, issued)),
        List.of(),
        "",
        false,
        "",
        c.pages());
  }

  /** A commune decision awarding certificates of merit, with the list of people awarded. */
  private Doc award(OldCommune home, LocalDate issued) {
    Organ o = commune(home);
    int y = issued.getYear();
    int no = next("qd" + home.code() + y, 10 + rnd.nextInt(100), 12);
    String notation = no + "/QĐ-UBND";
    String movement =
        rnd.nextBoolean()
            ? "phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\""
            : "công tác phòng, chống thiên tai và tìm kiếm cứu nạn";
    int count = 5 + rnd.nextInt(20);
    Composer c = new Composer();
    header(c, o, "Số: " + notation, issued);
    title(c, "QUYẾT ĐỊNH", "Về việc khen thưởng thành tích năm " + (y - 1));
    c.centered("ỦY BAN NHÂN DÂN " + upper(home.name()), Style.BOLD, Layout.BODY);
    c.space(6);
    localGovernmentBasis(c, y);
    citation(
        c,
        y >= 2024
            ? "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
            : "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung"
                + " một số điều của Luật Thi đua, Khen thưởng;");
    citation(c, "Xét đề nghị của Hội đồng Thi đua - Khen thưởng " + home.name() + ",");
    c.space(4);
    c.centered("QUYẾT ĐỊNH:", Style.BOLD, Layout.BODY);
    article(
        c,
        1,
        " Tặng Giấy khen của Chủ tịch Ủy ban nhân dân "
            + home.name()
            + " cho "
            + String.format("%02d", count)
            + " cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong "
            + movement
            + " năm "
            + (y - 1)
            + ".");
    article(
        c,
        2,
        " Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng "
            + VietnameseText.money(200_000 + rnd.nextInt(4) * 50_000)
            + " đồng, trích từ quỹ thi đua, khen thưởng của "
            + home.name()
            + ".");
    article(
        c,
        3,
        " Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, công chức Văn hóa - Xã hội và các cá"
            + " nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    c.signature(
        List.of("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."), councilSign(o, true), o.chair(), true);
    int wanted = pagesWanted();
    c.pageBreak();
    c.centered("DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG", Style.BOLD, Layout.BODY);
    c.centered(
        "(Kèm theo Quyết định số "
            + notation
            + " "
            + longDate(issued)
            + " của Ủy ban nhân dân "
            + home.name()
            + ")",
        Style.ITALIC,
        Layout.BODY);
    c.space(8);
    int i = 1;
    while (i <= count || c.pageCount() < wanted && c.remaining() > 20) {
      String name =
          people.fullName(
              people.familyName(home.provinceCode()), rnd.nextBoolean(), 1960 + rnd.nextInt(45));
      String group = home.type().equals("Xã") ? "Thôn " : "Tổ dân phố ";
      item(c, i + ". " + name + ", " + group + (1 + rnd.nextInt(20)) + ";");
      i++;
      if (i > 200) {
        break;
      }
    }
    attach(c, wanted, List.of(x -> awardProposal(x, o, home, issued, movement)));
    return new Doc(
        "decision",
        "Quyết định",
        Integer.toString(no),
        notation,
        issued,
        o.csvName(),
        "Về việc khen thưởng các cá nhân có thành tích xuất sắc trong "
            + movement
            + " năm "
            + (y - 1),
        List.of(),
        List.of(),
        "",
        false,
        "",
        c.pages());
  }

  private void awardProposal(Composer c, Organ o, OldCommune home, LocalDate date, String what) {
    c.header(
        List.of(
            Cell.bold("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"),
            Cell.bold(upper(home.name())).underlined()),
        MOTTO,
        Cell.plain("Số: " + (1 + rnd.nextInt(30)) + "/TTr-HĐTĐKT"),
        Cell.italic(o.place() + ", " + longDate(date.minusDays(7))));
    title(c, "TỜ TRÌNH", "Về việc đề nghị khen thưởng");
    c.centered("Kính gửi: Chủ tịch Ủy ban nhân dân " + home.name(), Style.REGULAR, Layout.BODY);
    c.space(6);
    c.paragraph(
        28,
        Seg.of(
            "Căn cứ kết quả bình xét thi đua của các thôn, tổ dân phố và đề nghị của các đoàn thể,"
                + " Hội đồng Thi đua - Khen thưởng kính trình Chủ tịch Ủy ban nhân dân xem xét,"
                + " tặng Giấy khen cho các cá nhân đã có thành tích xuất sắc trong "
                + what
                + "."));
    c.paragraph(
        28,
        Seg.of(
            "Các cá nhân được đề nghị đều gương mẫu chấp hành chủ trương của Đảng, chính sách,"
                + " pháp luật của Nhà nước, tích cực tham gia các hoạt động tại địa phương."));
    c.paragraph(28, Seg.of("Kính trình Chủ tịch Ủy ban nhân dân xem xét, quyết định./."));
    c.signature(
        List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT."),
        signTitle("TM. HỘI ĐỒNG", "CHỦ TỊCH"),
        o.chair(),
        false);
  }

  /**
   * A commune decision setting up a working group with its members; for the merger dossier, the
   * group that hands the commune's records over to the new unit.
   */
  private Doc committee(OldCommune home, LocalDate issued, boolean merger) {
    Organ o = commune(home);
    int y = issued.getYear();
    int no = next("qd" + home.code() + y, 10 + rnd.nextInt(100), 12);
    String notation = no + "/QĐ-UBND";
    String group =
        merger
            ? "Tổ công tác bàn giao hồ sơ, tài liệu lưu trữ khi sắp xếp đơn vị hành chính"
            : y >= 2021
                ? "Tổ công nghệ số cộng đồng " + home.name()
                : "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn " + home.name();
    Composer c = new Composer();
    header(c, o, "Số: " + notation, issued);
    title(c, "QUYẾT ĐỊNH", "Về việc thành lập " + group);
    c.centered("CHỦ TỊCH ỦY BAN NHÂN DÂN " + upper(home.name()), Style.BOLD, Layout.BODY);
    c.space(6);
    localGovernmentBasis(c, y);
    if (merger) {
      citation(
          c,
          "Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy ban Thường vụ"
              + " Quốc hội về việc sắp xếp đơn vị hành chính năm 2025;");
      citation(c, "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
    }
    citation(c, "Xét đề nghị của công chức Văn phòng - Thống kê,");
    c.space(4);
    c.centered("QUYẾT ĐỊNH:", Style.BOLD, Layout.BODY);
    article(c, 1, " Thành lập " + group + ", gồm các thành viên có tên trong danh sách kèm theo.");
    article(
        c,
        2,
        merger
            ? " Tổ công tác có nhiệm vụ kiểm kê, chỉnh lý, lập mục lục và bàn giao toàn bộ hồ sơ,"
                + " tài liệu lưu trữ của Ủy ban nhân dân "
                + home.name()
                + " cho đơn vị hành chính mới hình thành sau sắp xếp, hoàn thành trước ngày 30"
                + " tháng 6 năm 2025."
            : " Thành viên có trách nhiệm thực hiện nhiệm vụ do Trưởng ban phân công; tổ chức tự"
                + " giải thể sau khi hoàn thành nhiệm vụ.");
    article(
        c,
        3,
        " Quyết định này có hiệu lực kể từ ngày ký. Công chức Văn phòng - Thống kê và các cá nhân"
            + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    c.signature(
        List.of("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."),
        signTitle("CHỦ TỊCH"),
        o.chair(),
        true);
    int wanted = pagesWanted();
    c.pageBreak();
    c.centered("DANH SÁCH THÀNH VIÊN", Style.BOLD, Layout.BODY);
    c.centered(
        "(Kèm theo Quyết định số " + notation + " " + longDate(issued) + ")",
        Style.ITALIC,
        Layout.BODY);
    c.space(8);
    String[] roles = {"Tổ trưởng", "Tổ phó", "Thành viên", "Thành viên", "Thành viên", "Thư ký"};
    int members = 5 + rnd.nextInt(8);
    for (int i = 1; i <= members; i++) {
      String name =
          people.fullName(
              people.familyName(home.provinceCode()), rnd.nextBoolean(), 1965 + rnd.nextInt(35));
      String role = i <= 2 ? roles[i - 1] : i == members ? "Thư ký" : "Thành viên";
      item(c, i + ". " + name + " - " + role + ";");
    }
    attach(
        c,
        wanted,
        List.of(x -> receipt(x, o, adult(home, true, 1970, 1990, null), "Lưu trữ", issued)));
    return new Doc(
        "decision",
        "Quyết định",
        Integer.toString(no),
        notation,
        issued,
        o.csvName(),
        "Về việc thành lập " + group,
        List.of(),
        List.of(),
        "",
        false,
        "",
        c.pages());
  }

  /**
   * Findings on a denunciation (kết luận nội dung tố cáo). The Law on Denunciations (2018) obliges
   * the authority to keep the denouncer's identity secret, so such records are confidential.
   */
  private Doc denunciation(OldCommune home, LocalDate issued) {
    Organ o = commune(home);
    int y = issued.getYear();
    Person accused = adult(home, rnd.nextDouble() < 0.7, y - 65, y - 28, null);
    int no = next("kl" + home.code() + y, 1 + rnd.nextInt(10), 3);
    String notation = no + "/KL-UBND";
    String site = accused.residence();
    double area = 1 + rnd.nextInt(80) / 10.0;
    Composer c = new Composer();
    header(c, o, "Số: " + notation, issued);
    title(c, "KẾT LUẬN", "Nội dung tố cáo");
    c.paragraph(
        28,
        Seg.of(
            "Ngày "
                + shortDate(issued.minusDays(40 + rnd.nextInt(20)))
                + ", Ủy ban nhân dân "
                + home.name()
                + " nhận được đơn tố cáo (danh tính người tố cáo được giữ bí mật theo quy định của"
                + " Luật Tố cáo) đối với "
                + accused.honorific()
                + " "
                + accused.fullName()
                + ", sinh năm "
                + accused.birthDate().getYear()
                + ", cư trú tại "
                + site
                + "."));
    c.paragraph(0, Seg.bold("1. Nội dung tố cáo"));
    c.paragraph(
        28,
        Seg.of(
            "Người tố cáo cho rằng "
                + accused.honorific()
                + " "
                + accused.fullName()
                + " xây dựng công trình lấn chiếm lối đi chung của khu dân cư."));
    c.paragraph(0, Seg.bold("2. Kết quả xác minh"));
    c.paragraph(
        28,
        Seg.of(
            "Qua kiểm tra hiện trạng, Tổ xác minh xác định phần công trình xây dựng lấn chiếm lối"
                + " đi chung có diện tích "
                + VietnameseText.decimal(area)
                + " m²."));
    c.paragraph(0, Seg.bold("3. Kết luận"));
    c.paragraph(28, Seg.of("Nội dung tố cáo là đúng một phần."));
    c.paragraph(0, Seg.bold("4. Biện pháp xử lý"));
    c.paragraph(
        28,
        Seg.of(
            "Yêu cầu "
                + accused.honorific()
                + " "
                + accused.fullName()
                + " tự tháo dỡ phần công trình lấn chiếm trong thời hạn 15 ngày kể từ ngày nhận"
                + " được Kết luận này; quá thời hạn trên sẽ bị cưỡng chế theo quy định."));
    c.signature(
        List.of("Nơi nhận:", "- Người bị tố cáo;", "- Người tố cáo;", "- Lưu: VT, hồ sơ."),
        councilSign(o, true),
        o.chair(),
        true);
    attach(c, pagesWanted(), List.of(x -> receipt(x, o, accused, "Giải quyết tố cáo", issued)));
    return new Doc(
        "other",
        "Kết luận nội dung tố cáo",
        Integer.toString(no),
        notation,
        issued,
        o.csvName(),
        "Kết luận nội dung tố cáo đối với " + accused.honorific() + " " + accused.fullName(),
        List.of(subject(accused, issued)),
        List.of(),
        "",
        false,
        "",
        c.pages());
  }

  // ---------------------------------------------------------------- the 2025 resolutions

  /**
   * A copy of the Standing Committee's resolution that reorganised the province's communes, as the
   * commune received it; only the first pages (the excerpt a commune filed: the preamble and the
   * articles naming its own area).
   */
  private Doc resolution(OldCommune home, LocalDate date) {
    String file =
        ResolutionCorpus.BY_OLD_PROVINCE.getOrDefault(
            home.provinceCode(),
            ResolutionCorpus.files().get(rnd.nextInt(ResolutionCorpus.files().size())));
    ResolutionCorpus.Resolution r = ResolutionCorpus.parse(file);
    Composer c = new Composer();
    List<Cell> organ = new ArrayList<>();
    List<String> left = r.headerLeft();
    String numberLine = "";
    for (String l : left) {
      if (l.startsWith("Số:")) {
        numberLine = l;
      } else {
        organ.add(Cell.bold(l));
      }
    }
    if (!organ.isEmpty()) {
      organ.set(organ.size() - 1, organ.get(organ.size() - 1).underlined());
    }
    List<String> right = r.headerRight();
    String placeDate = right.isEmpty() ? "" : right.get(right.size() - 1);
    c.header(organ, MOTTO, Cell.plain(numberLine), Cell.italic(placeDate));
    int wanted = Math.max(1, pagesWanted());
    for (ResolutionCorpus.Paragraph p : r.body()) {
      if (c.pageCount() > wanted) {
        break;
      }
      if (p.centered()) {
        float size = p.text().equals("NGHỊ QUYẾT") ? Layout.TITLE : Layout.BODY;
        for (String line : p.text().split("\n")) {
          c.centered(line, Style.BOLD, size);
        }
      } else if (p.bold()) {
        c.paragraph(28, 0, Layout.BODY, List.of(Seg.bold(p.text())));
      } else if (p.italic()) {
        c.paragraph(28, 0, Layout.BODY, List.of(Seg.italic(p.text())));
      } else {
        c.paragraph(28, 0, Layout.BODY, List.of(Seg.of(p.text())));
      }
      c.space(3);
    }
    List<Page> pages = c.pages();
    boolean complete = pages.size() <= wanted;
    if (complete) {
      List<String> signer = r.signer().stream().filter(s -> !s.isBlank()).toList();
      String name = signer.isEmpty() ? "" : signer.get(signer.size() - 1);
      List<Cell> titles = new ArrayList<>();
      signer.subList(0, Math.max(0, signer.size() - 1)).forEach(s -> titles.add(Cell.bold(s)));
      c.signature(r.recipients(), titles, name, true);
      pages = c.pages();
    }
    if (pages.size() > wanted) {
      pages = new ArrayList<>(pages.subList(0, wanted));
      complete = false;
    }
    return new Doc(
        "other",
        "Nghị quyết",
        r.number(),
        r.notation(),
        date,
        "Ủy ban Thường vụ Quốc hội",
        VietnameseText.capitalize(r.title().toLowerCase(VietnameseText.VI))
            .replace("thành phố hồ chí minh", "Thành phố Hồ Chí Minh")
            .replace("thành phố hà nội", "Thành phố Hà Nội")
            .replace("thành phố huế", "thành phố Huế"),
        List.of(),
        List.of(),
        "",
        false,
        complete ? "Bản sao" : "Bản trích sao: trang 1-" + pages.size() + " của Nghị quyết",
        pages);
  }

  private String phone() {
    String[] prefixes = {"090", "091", "093", "097", "098", "086", "035", "038", "070", "077"};
    return prefixes[rnd.nextInt(prefixes.length)]
        + " "
        + String.format("%03d", rnd.nextInt(1000))
        + " "
        + String.format("%03d", rnd.nextInt(1000));
  }
}
