package vn.hoso.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoso.units.AddressResolver.Match;
import vn.hoso.units.AddressResolver.NewUnitView;
import vn.hoso.units.AddressResolver.Resolution;
import vn.hoso.units.AddressResolver.Status;
import vn.hoso.units.AddressResolver.Successor;
import vn.hoso.units.UnitTables.OldCommune;
import vn.hoso.units.UnitTables.OldDistrict;

class AddressResolverTest {

  private static UnitTables tables;
  private static AddressResolver resolver;

  @BeforeAll
  static void load() {
    tables = UnitTables.fromClasspath();
    resolver = AddressResolver.build(tables);
  }

  private static Resolution resolve(String s) {
    Resolution r = resolver.resolve(s);
    assertNotNull(r);
    assertNotNull(r.matches());
    assertTrue(r.matches().size() <= 20, "at most 20 matches");
    assertNotNull(r.explanationKey());
    return r;
  }

  private static Set<String> successorCodes(Match m) {
    return m.successors().stream().map(Successor::code).collect(Collectors.toSet());
  }

  private static void assertResolved(String input, String oldCode, String newCode) {
    Resolution r = resolve(input);
    assertEquals(Status.RESOLVED, r.status(), input + " -> " + r);
    assertEquals(oldCode, r.matches().get(0).code(), input);
    assertEquals(1, r.matches().get(0).successors().size(), input);
    assertEquals(newCode, r.matches().get(0).successors().get(0).code(), input);
  }

  private static void assertSplit(String input, String oldCode, Set<String> newCodes) {
    Resolution r = resolve(input);
    assertEquals(Status.SPLIT, r.status(), input + " -> " + r);
    assertEquals(oldCode, r.matches().get(0).code(), input);
    assertEquals(newCodes, successorCodes(r.matches().get(0)), input);
    assertEquals("resolve.split", r.explanationKey());
  }

  // ------------------------------------------------------------------ the README's checked cases

  @Test
  void phuong14Quan10WasSplitBetweenDienHongAndHoaHung() {
    assertSplit("Phường 14, Quận 10, TP. Hồ Chí Minh", "27169", Set.of("27169", "27163"));
    Match m = resolve("Phường 14, Quận 10, TP. Hồ Chí Minh").matches().get(0);
    for (Successor s : m.successors()) {
      assertTrue(s.partial());
      assertFalse(s.allResidents());
      assertEquals("1685/NQ-UBTVQH15", s.resolution());
      assertEquals("79", s.provinceCode());
    }
  }

  @Test
  void anLacBinhTanWentWhole() {
    assertResolved("Phường An Lạc, Quận Bình Tân", "27460", "27460");
    Successor s = resolve("Phường An Lạc, Quận Bình Tân").matches().get(0).successors().get(0);
    assertFalse(s.partial());
    assertTrue(s.allResidents());
    assertEquals("Phường An Lạc", s.name());
  }

  @Test
  void hangBacHoanKiemWentWholeIntoHoanKiem() {
    assertResolved("Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội", "00061", "00070");
    Resolution r = resolve("Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội");
    assertEquals("1656/NQ-UBTVQH15", r.matches().get(0).successors().get(0).resolution());
    assertEquals("resolve.resolved", r.explanationKey());
    assertEquals("002", r.district().code());
    assertEquals("01", r.province().code());
  }

  // ------------------------------------------------------------------ what people type

  @Test
  void abbreviationsAndNicknames() {
    Set<String> p14 = Set.of("27169", "27163");
    assertSplit("P.14, Q.10, TP.HCM", "27169", p14);
    assertSplit("P14 Q10 HCM", "27169", p14);
    assertSplit("p. 14 q. 10 tp hồ chí minh", "27169", p14);
    assertSplit("Phường 14, Quận 10, Sài Gòn", "27169", p14);
    assertSplit("phuong 14 quan 10 ho chi minh", "27169", p14);
    assertSplit("PHƯỜNG 14 QUẬN 10 THÀNH PHỐ HỒ CHÍ MINH", "27169", p14);
    assertResolved("X. Tân Thông Hội, H. Củ Chi, TP.HCM", "27556", "27553");
    assertResolved("TT. Củ Chi, H. Củ Chi, TP. HCM", "27496", "27496");
    assertResolved("Phường Hàng Bạc, Q. Hoàn Kiếm, HN", "00061", "00070");
  }

  @Test
  void fullOfficialFormWithAndWithoutDiacritics() {
    assertResolved("Xã Tân Thông Hội, huyện Củ Chi, TP. Hồ Chí Minh", "27556", "27553");
    assertResolved("xa tan thong hoi, huyen cu chi, tp ho chi minh", "27556", "27553");
    assertResolved("Xa Tan Thong Hoi Huyen Cu Chi Thanh Pho Ho Chi Minh", "27556", "27553");
  }

  @Test
  void romanNumeralsAndLeadingZeros() {
    // Vị Thanh (Hậu Giang) numbered its wards in Roman numerals
    assertResolved("Phường IV, thành phố Vị Thanh, Hậu Giang", "31324", "31333");
    assertResolved("Phường 4, TP Vị Thanh, tỉnh Hậu Giang", "31324", "31333");
    assertResolved("phuong iv vi thanh hau giang", "31324", "31333");
    assertResolved("Phường 01, Quận 10, TP.HCM", "27184", "27190");
    assertResolved("Phường I, Quận 10, TP.HCM", "27184", "27190");
  }

  @Test
  void toneMarkPlacementAndDecomposedUnicode() {
    // the master list spells it "Yên Hoà", the conversion table "Yên Hòa"
    Resolution a = resolve("Phường Yên Hoà, Cầu Giấy, Hà Nội");
    Resolution b = resolve("Phường Yên Hòa, Cầu Giấy, Hà Nội");
    Resolution c =
        resolve(Normalizer.normalize("Phường Yên Hòa, Cầu Giấy, Hà Nội", Normalizer.Form.NFD));
    for (Resolution r : List.of(a, b, c)) {
      assertEquals(Status.SPLIT, r.status(), r.toString());
      assertEquals("00172", r.matches().get(0).code());
    }
    assertEquals(a.matches().get(0).score(), b.matches().get(0).score());
    assertEquals(b.matches(), c.matches());
    assertTrue(Normalizer.isNormalized(c.input(), Normalizer.Form.NFC));
    assertResolved(
        Normalizer.normalize("Phường Hàng Bạc, Quận Hoàn Kiếm", Normalizer.Form.NFD),
        "00061",
        "00070");
  }

  @Test
  void extraWordsInFrontAreIgnored() {
    assertResolved("123 Lê Lợi, tổ 5, phường Bến Thành, quận 1, TP.HCM", "26743", "26743");
    assertResolved(
        "Số 5 hẻm 12/3 đường Lê Lợi phường Bến Thành quận 1 TP.HCM Việt Nam", "26743", "26743");
    assertResolved("ấp 3, xã Tân Thông Hội, Củ Chi", "27556", "27553");
    assertResolved("Phường Bến Thành (cũ), Quận 1, TP.HCM", "26743", "26743");
  }

  @Test
  void missingTypeDistrictProvinceOrCommas() {
    assertResolved("Bến Thành, Quận 1", "26743", "26743");
    assertResolved("Phường Bến Thành, TP.HCM", "26743", "26743");
    assertResolved("Tân Thông Hội", "27556", "27553");
    assertResolved("phuong ben thanh quan 1 tphcm", "26743", "26743");
    assertSplit("Phường 14, Quận 10", "27169", Set.of("27169", "27163"));
  }

  @Test
  void largeToSmallOrder() {
    assertSplit("TP HCM, Quận 10, Phường 14", "27169", Set.of("27169", "27163"));
  }

  @Test
  void namesThatDifferOnlyByDiacriticsAreAmbiguousWithoutThem() {
    Resolution r = resolve("xa hoang phu, huyen hoang hoa, thanh hoa");
    assertEquals(Status.AMBIGUOUS, r.status());
    assertEquals(2, r.candidateCount());
    assertEquals(
        Set.of("15883", "16003"),
        r.matches().stream().limit(2).map(Match::code).collect(Collectors.toSet()));
    assertEquals("resolve.ambiguous.sameDistrict", r.explanationKey());
    assertEquals("399", r.district().code());
    assertResolved("Xã Hoằng Phụ, Hoằng Hóa, Thanh Hóa", "16003", "16000");
    assertResolved("Xã Hoằng Phú, Hoằng Hóa, Thanh Hóa", "15883", "15889");
  }

  @Test
  void aNameFoundInManyPlacesIsAmbiguousAndBounded() {
    Resolution r = resolve("Tân Thành");
    assertEquals(Status.AMBIGUOUS, r.status());
    assertTrue(r.candidateCount() > 20, "candidates: " + r.candidateCount());
    assertEquals(20, r.matches().size());
    assertEquals("resolve.ambiguous", r.explanationKey());
    Resolution p1 = resolve("Phường 1");
    assertEquals(Status.AMBIGUOUS, p1.status());
  }

  @Test
  void largerUnitsOnly() {
    Resolution d = resolve("Quận 10, HCM");
    assertEquals(Status.DISTRICT_ONLY, d.status());
    assertEquals("771", d.district().code());
    assertEquals("79", d.province().code());
    assertEquals("resolve.districtOnly", d.explanationKey());
    assertEquals(11, resolver.oldCommunes(d.district().code()).size());

    Resolution cuChi = resolve("huyện Củ Chi, TP HCM");
    assertEquals(Status.DISTRICT_ONLY, cuChi.status());
    assertEquals("783", cuChi.district().code());

    for (String s : List.of("Sài Gòn", "TP.HCM", "Hồ Chí Minh")) {
      Resolution p = resolve(s);
      assertEquals(Status.PROVINCE_ONLY, p.status(), s);
      assertEquals("79", p.province().code(), s);
      assertEquals("resolve.provinceOnly", p.explanationKey());
    }
    assertEquals("01", resolve("Hà Nội").province().code());
    assertEquals("01", resolve("HN").province().code());
    // Bến Tre city had merged its numbered wards before 2025: the province is all that is certain
    Resolution bt = resolve("Phường 1, Bến Tre");
    assertEquals(Status.PROVINCE_ONLY, bt.status(), bt.toString());
    assertEquals("83", bt.province().code());
  }

  @Test
  void islandDistrictsWithoutCommunesResolveAsDistricts() {
    Resolution r = resolve("Huyện Côn Đảo, Bà Rịa - Vũng Tàu");
    assertEquals(Status.RESOLVED, r.status(), r.toString());
    Match m = r.matches().get(0);
    assertEquals("district", m.level());
    assertEquals("755", m.code());
    assertEquals("26732", m.successors().get(0).code());
    assertEquals("79", m.successors().get(0).provinceCode());
    assertEquals(
        "21548", resolve("Lý Sơn, Quảng Ngãi").matches().get(0).successors().get(0).code());
    assertEquals("755", resolver.oldCommune("755").orElseThrow().code());
  }

  @Test
  void partOfTheLandButAllResidentsCountsAsWhole() {
    // Phường Thụy Khuê: some land to Ba Đình, all residents to Tây Hồ
    Resolution r = resolve("Phường Thụy Khuê, Quận Tây Hồ, Hà Nội");
    assertEquals(Status.RESOLVED, r.status());
    Successor s = r.matches().get(0).successors().get(0);
    assertEquals("00103", s.code());
    assertTrue(s.partial());
    assertTrue(s.allResidents());
    assertEquals("resolve.resolved.allResidents", r.explanationKey());
    // Xã Kỳ Lợi: all land to Vũng Áng, residents to three wards
    Resolution k = resolve("Xã Kỳ Lợi, Thị xã Kỳ Anh, Hà Tĩnh");
    assertEquals(Status.SPLIT, k.status());
    assertEquals(Set.of("18754", "18823", "18832"), successorCodes(k.matches().get(0)));
    assertEquals("18823", k.matches().get(0).successors().get(0).code());
  }

  @Test
  void districtTypeTellsApartTwinDistricts() {
    // Huyện Long Mỹ and Thị xã Long Mỹ (Hậu Giang) share the name
    List<OldDistrict> twins =
        resolver.oldDistricts("93").stream().filter(d -> d.name().endsWith("Long Mỹ")).toList();
    assertEquals(2, twins.size());
    for (OldDistrict d : twins) {
      Resolution r = resolve(d.name() + ", Hậu Giang");
      assertEquals(Status.DISTRICT_ONLY, r.status(), d.name());
      assertEquals(d.code(), r.district().code(), d.name());
    }
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void badInputNeverThrows() {
    assertEquals(Status.INVALID, resolve(null).status());
    assertEquals(Status.INVALID, resolve("").status());
    assertEquals(Status.INVALID, resolve("   \t\n ").status());
    assertEquals(Status.INVALID, resolve("12345").status());
    assertEquals(Status.INVALID, resolve("!!! ... ---").status());
    assertEquals(Status.INVALID, resolve("\u0000\u0001\u0007\u001B").status());
    assertEquals("resolve.invalid", resolve("").explanationKey());
    for (String s :
        List.of(
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "x'); DROP TABLE units;--",
            "Springfield, Illinois",
            "qwertyuiop asdfghjkl",
            "x".repeat(10_000),
            "${jndi:ldap://x}")) {
      Resolution r = resolve(s);
      assertTrue(
          r.status() == Status.NOT_FOUND || r.status() == Status.INVALID, s + " -> " + r.status());
      assertTrue(r.matches().isEmpty());
    }
    assertEquals("resolve.notFound", resolve("Springfield, Illinois").explanationKey());
  }

  @Test
  void longAndNoisyInputStaysFastAndReadsTheEnd() {
    String padded = "lorem ipsum dolor ".repeat(600) + "Phường 14, Quận 10, TP.HCM";
    assertTrue(padded.length() > 10_000);
    String withControls = "Phường\u0000 14,\tQuận 10\r\nTP.HCM\u0007";
    String onLines = "123 Lê Lợi\nPhường Bến Thành\nQuận 1\nTP.HCM";
    String random =
        new java.util.Random(7)
            .ints(10_000, 0, 0x2000)
            .mapToObj(Character::toString)
            .collect(Collectors.joining());
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertSplit(padded, "27169", Set.of("27169", "27163"));
          assertSplit(withControls, "27169", Set.of("27169", "27163"));
          assertResolved(onLines, "26743", "26743");
          resolve(random);
          resolve("\u0301".repeat(10_000));
          resolve("phường ".repeat(1_500));
          resolve(",".repeat(10_000) + "Hà Nội");
        });
  }

  // ------------------------------------------------------------------ other lookups

  @Test
  void newUnitListsWhatItAbsorbedAndOldCommuneAgrees() {
    NewUnitView hk = resolver.newUnit("00070").orElseThrow();
    assertEquals("Phường Hoàn Kiếm", hk.unit().name());
    assertEquals("01", hk.province().code());
    assertEquals("1656/NQ-UBTVQH15", hk.resolution().resolution());
    AddressResolver.Absorbed hangBac =
        hk.absorbed().stream().filter(a -> a.code().equals("00061")).findFirst().orElseThrow();
    assertFalse(hangBac.partial());
    assertEquals("Quận Hoàn Kiếm", hangBac.districtName());
    assertEquals("Thành phố Hà Nội", hangBac.provinceName());

    NewUnitView dienHong = resolver.newUnit("27169").orElseThrow();
    assertTrue(dienHong.absorbed().stream().anyMatch(a -> a.code().equals("27169") && a.partial()));

    // both ways, for every old commune: each successor lists it among what it absorbed
    for (OldCommune c : tables.oldCommunes()) {
      Match m = resolver.oldCommune(c.code()).orElseThrow();
      assertEquals(c.name(), m.name());
      for (Successor s : m.successors()) {
        NewUnitView v = resolver.newUnit(s.code()).orElseThrow();
        assertTrue(
            v.absorbed().stream().anyMatch(a -> a.code().equals(c.code())),
            c.code() + " -> " + s.code());
      }
    }
    // old and new codes are separate spaces
    assertEquals("Phường Trúc Bạch", resolver.oldCommune("00004").orElseThrow().name());
    assertEquals("Phường Ba Đình", resolver.newUnit("00004").orElseThrow().unit().name());
    assertTrue(resolver.newUnit("99999").isEmpty());
    assertTrue(resolver.newUnit(null).isEmpty());
    assertTrue(resolver.oldCommune("xyz").isEmpty());
    // the coastal strip of Kim Sơn had no code
    assertTrue(
        resolver.newUnit("14698").orElseThrow().absorbed().stream()
            .anyMatch(
                a ->
                    a.level().equals("area")
                        && a.code().isEmpty()
                        && a.districtCode().equals("376")));
  }

  @Test
  void suggestions() {
    List<AddressResolver.OldCommuneSuggestion> s = resolver.suggest("ben thanh", 5);
    assertFalse(s.isEmpty());
    assertEquals("26743", s.get(0).code());
    assertEquals("Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh", s.get(0).label());
    assertEquals("27169", resolver.suggest("p 14 q 10", 5).get(0).code());
    assertEquals("27556", resolver.suggest("Tân Thông", 5).get(0).code());
    assertEquals(
        2,
        resolver.suggest("hoang phu hoang hoa", 5).stream()
            .filter(x -> x.code().equals("15883") || x.code().equals("16003"))
            .count());
    assertEquals("16003", resolver.suggest("Hoằng Phụ", 5).get(0).code());
    assertTrue(resolver.suggest("t", 100).size() <= 20);
    assertEquals(3, resolver.suggest("xa", 3).size());
    assertTrue(resolver.suggest("", 5).isEmpty());
    assertTrue(resolver.suggest(null, 5).isEmpty());
    assertTrue(resolver.suggest("ben thanh", 0).isEmpty());
    assertTrue(resolver.suggest("zzzzqqq", 5).isEmpty());
  }

  @Test
  void cascadingListsAreSortedForPeople() {
    assertEquals(63, resolver.oldProvinces().size());
    assertEquals("Tỉnh An Giang", resolver.oldProvinces().get(0).name());
    List<String> hcm = resolver.oldDistricts("79").stream().map(OldDistrict::name).toList();
    assertEquals(List.of("Quận 1", "Quận 3", "Quận 4"), hcm.subList(0, 3));
    assertTrue(hcm.indexOf("Quận 12") < hcm.indexOf("Huyện Bình Chánh"));
    List<String> q10 = resolver.oldCommunes("771").stream().map(OldCommune::name).toList();
    assertEquals("Phường 1", q10.get(0));
    assertTrue(q10.indexOf("Phường 2") < q10.indexOf("Phường 10"));
    List<String> viThanh = resolver.oldCommunes("930").stream().map(OldCommune::name).toList();
    assertTrue(viThanh.indexOf("Phường III") < viThanh.indexOf("Phường IV"), viThanh.toString());
    // Vietnamese order: Đ after D
    List<String> names =
        resolver.oldProvinces().stream()
            .map(p -> p.name().replaceFirst("^(Tỉnh|Thành phố) ", ""))
            .toList();
    assertTrue(names.indexOf("Đà Nẵng") > names.indexOf("Cần Thơ"));
    assertTrue(resolver.oldDistricts("00").isEmpty());
    assertTrue(resolver.oldCommunes(null).isEmpty());
  }

  @Test
  void concurrentUseGivesTheSameAnswers() {
    List<String> inputs =
        List.of("P.14, Q.10, TP.HCM", "Bến Thành, Quận 1", "xa hoang phu hoang hoa", "Hà Nội");
    Map<String, Resolution> expected =
        inputs.stream().collect(Collectors.toMap(Function.identity(), resolver::resolve));
    IntStream.range(0, 4_000)
        .parallel()
        .forEach(
            i -> {
              String s = inputs.get(i % inputs.size());
              assertEquals(expected.get(s), resolver.resolve(s));
            });
  }

  // ------------------------------------------------------------------ tables from CSV

  private static Function<String, InputStream> replacing(String file, String content) {
    return name ->
        name.equals(file)
            ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))
            : UnitTables.class.getResourceAsStream("/units/" + name);
  }

  @Test
  void readsQuotedFieldsBomAndCrlf() {
    String provinces =
        "\uFEFFcode,name,type,name_en\r\n01,\"Thành phố Hà Nội\",\"Thành phố trực thuộc trung ương\","
            + "\"Ha Noi \"\"City\"\"\"\r\n";
    UnitTables t = UnitTables.fromCsv(replacing(UnitTables.OLD_PROVINCES_FILE, provinces));
    assertEquals(1, t.oldProvinces().size());
    assertEquals("Ha Noi \"City\"", t.oldProvinces().get(0).nameEn());
    String nfd =
        Normalizer.normalize(
            "code,name,type,name_en\n01,Thành phố Hà Nội,Tỉnh,x\n", Normalizer.Form.NFD);
    assertEquals(
        "Thành phố Hà Nội",
        UnitTables.fromCsv(replacing(UnitTables.OLD_PROVINCES_FILE, nfd))
            .oldProvinces()
            .get(0)
            .name());
  }

  @Test
  void malformedFilesNameFileLineAndColumn() {
    String header = "code,name,type,name_en\n";
    Map<String, String> cases =
        Map.of(
            header + "01,Hà Nội,Tỉnh,x\n02,\"Hà Giang,Tỉnh,x\n",
            "line 3 column 4",
            header + "01,Hà N\"ội,Tỉnh,x\n",
            "line 2 column 8",
            header + "01,\"Hà Nội\"x,Tỉnh,x\n",
            "line 2 column 12",
            header + "01,Hà Nội,Tỉnh\n",
            "line 2 column 4",
            header + "1,Hà Nội,Tỉnh,x\n",
            "line 2 column 1",
            "code,name\n01,x\n",
            "line 1");
    cases.forEach(
        (content, where) -> {
          IllegalArgumentException e =
              assertThrows(
                  IllegalArgumentException.class,
                  () -> UnitTables.fromCsv(replacing(UnitTables.OLD_PROVINCES_FILE, content)));
          assertTrue(e.getMessage().contains(UnitTables.OLD_PROVINCES_FILE), e.getMessage());
          assertTrue(e.getMessage().contains(where), where + " in: " + e.getMessage());
        });
    IllegalArgumentException partial =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                UnitTables.fromCsv(
                    replacing(
                        UnitTables.MAPPING_FILE,
                        "old_level,old_code,old_name,old_district_code,old_province_code,new_code,"
                            + "partial,nso_note,fix\ncommune,00004,X,001,01,00004,yes,,\n")));
    assertTrue(partial.getMessage().contains("line 2 column 7 (partial)"), partial.getMessage());
    IllegalArgumentException level =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                UnitTables.fromCsv(
                    replacing(
                        UnitTables.MAPPING_FILE,
                        "old_level,old_code,old_name,old_district_code,old_province_code,new_code,"
                            + "partial,nso_note,fix\nprovince,01,X,001,01,00004,0,,\n")));
    assertTrue(level.getMessage().contains("(old_level)"), level.getMessage());
    byte[] bad =
        "code,name,type,name_en\n01,H\u00e0 N\u1ed9i,T,x\n".getBytes(StandardCharsets.UTF_8);
    bad[28] = (byte) 0xFF;
    IllegalArgumentException utf =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                UnitTables.fromCsv(
                    name ->
                        name.equals(UnitTables.OLD_PROVINCES_FILE)
                            ? new ByteArrayInputStream(bad)
                            : UnitTables.class.getResourceAsStream("/units/" + name)));
    assertTrue(utf.getMessage().contains("line 2"), utf.getMessage());
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> UnitTables.fromCsv(name -> null));
    assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
  }

  @Test
  void inconsistentTablesAreRejected() {
    UnitTables broken =
        new UnitTables(
            tables.oldProvinces(),
            tables.oldDistricts(),
            tables.oldCommunes(),
            tables.newProvinces(),
            tables.newCommunes(),
            tables.successions().subList(1, tables.successions().size()),
            tables.communeResolutions());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AddressResolver.build(broken));
    assertTrue(e.getMessage().contains("no successor"), e.getMessage());
  }
}
