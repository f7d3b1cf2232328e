package vn.hoso.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structure of the personal identification number (Circular 59/2021/TT-BCA, Art. 7): province
 * of birth registration, century and sex, year of birth, random part. Each message must say what is
 * wrong and what to do, in Vietnamese.
 */
class CitizenIdTest {

  @ParameterizedTest(name = "Art. 7: {0} born {1} is {2}, {3}")
  @CsvSource({
    "001089123456, 1989-05-12, MALE,   1989",
    "079190000001, 1990-01-01, FEMALE, 1990",
    "048200012345, 2000-12-31, MALE,   2000",
    "031323456789, 2023-02-28, FEMALE, 2023",
    "096099000000, 1999-06-01, MALE,   1999",
    "001401000001, 2101-03-03, MALE,   2101",
    "001501000001, 2101-03-03, FEMALE, 2101",
    "001600000001, 2200-01-01, MALE,   2200",
    "001799000001, 2299-01-01, FEMALE, 2299",
    "001800000001, 2300-01-01, MALE,   2300",
    "001999000001, 2399-01-01, FEMALE, 2399",
  })
  void validNumbers(String id, LocalDate born, CitizenId.Sex sex, int year) {
    CitizenId.Result r = CitizenId.check(id, born);
    assertEquals(List.of(), r.problems());
    assertTrue(r.valid());
    assertEquals(id, r.id());
    assertEquals(Optional.of(sex), CitizenId.sex(id));
    assertEquals(OptionalInt.of(year), CitizenId.birthYear(id));
    assertEquals(Optional.of(id.substring(0, 3)), CitizenId.provinceCode(id));
  }

  @Test
  void theSixtyThreeProvinceCodesComeFromTheOldProvinceTable() {
    assertEquals(63, CitizenId.provinceCodes().size());
    assertTrue(CitizenId.provinceCodes().contains("001"));
    assertTrue(CitizenId.provinceCodes().contains("079"));
    assertTrue(CitizenId.provinceCodes().contains("096"));
    assertFalse(CitizenId.provinceCodes().contains("000"));
  }

  @Test
  void spacesAreRemovedAndTheTextNormalisedFirst() {
    assertEquals("001089123456", CitizenId.check(" 001 089 123 456 ", null).id());
    assertEquals("001089123456", CitizenId.check("001\u00A0089\u00A0123456", null).id());
    assertEquals("001089123456", CitizenId.check("001089123456\r\n", null).id());
    assertEquals("001089123456", CitizenId.check("001089123456", LocalDate.of(1989, 1, 1)).id());
  }

  @Test
  void withoutABirthDateOnlyTheStructureIsChecked() {
    assertTrue(CitizenId.check("001989123456", null).valid());
  }

  @ParameterizedTest(name = "Art. 7: 12 digits, not \"{0}\"")
  @ValueSource(
      strings = {
        "00108912345",
        "0010891234567",
        "1234",
        "00108912345A",
        "O01089123456",
        "001-089-123-456",
        "001.089.123.456",
        "００１０８９１２３４５６",
        "٠٠١٠٨٩١٢٣٤٥٦"
      })
  void wrongLengthOrNotDigitsIsAFormatProblem(String raw) {
    CitizenId.Result r = CitizenId.check(raw, LocalDate.of(1989, 5, 12));
    assertFalse(r.valid());
    assertNull(r.id());
    assertEquals(List.of(CitizenId.FORMAT), r.codes());
    assertTrue(r.problems().get(0).message().contains("12 chữ số"), r.problems().toString());
  }

  @Test
  void theLengthMessageSaysHowManyDigitsWereTyped() {
    String m = CitizenId.check("00108912345", null).problems().get(0).message();
    assertEquals(
        "Số định danh cá nhân phải gồm đúng 12 chữ số; số đã nhập có 11 chữ số. Hãy kiểm tra lại"
            + " trên thẻ căn cước.",
        m);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t", "\u00A0"})
  void nothingTypedAsksForTheNumber(String raw) {
    CitizenId.Result r = CitizenId.check(raw, null);
    assertEquals(List.of(CitizenId.FORMAT), r.codes());
    assertTrue(r.problems().get(0).message().startsWith("Chưa nhập số định danh cá nhân"));
  }

  @Test
  void anOldNineDigitIdentityCardNumberIsRefusedWithWhatIsNeeded() {
    CitizenId.Result r = CitizenId.check("012 345 678", LocalDate.of(1980, 1, 1));
    assertEquals(List.of(CitizenId.FORMAT), r.codes());
    String m = r.problems().get(0).message();
    assertTrue(m.contains("chứng minh nhân dân"), m);
    assertTrue(m.contains("12 chữ số"), m);
  }

  @ParameterizedTest(name = "Art. 7: {0} is not a province code")
  @ValueSource(strings = {"000", "003", "005", "007", "009", "013", "097", "099", "100", "999"})
  void unknownProvinceCode(String code) {
    CitizenId.Result r = CitizenId.check(code + "089123456", LocalDate.of(1989, 5, 12));
    assertEquals(List.of(CitizenId.PROVINCE), r.codes());
    assertNull(r.id());
    assertEquals(
        "Ba chữ số đầu ("
            + code
            + ") không phải mã tỉnh nơi đăng ký khai sinh. Hãy kiểm tra lại số trên thẻ căn cước.",
        r.problems().get(0).message());
    assertEquals(Optional.empty(), CitizenId.sex(code + "089123456"));
  }

  @ParameterizedTest(name = "Art. 7: century digit of {0} against birth {1}")
  @CsvSource({
    "001289123456, 1989-05-12",
    "001389123456, 1989-05-12",
    "001004123456, 2004-05-12",
    "001404123456, 2004-05-12",
    "001889123456, 1989-05-12",
  })
  void centuryDigitInconsistentWithTheBirthDate(String id, LocalDate born) {
    CitizenId.Result r = CitizenId.check(id, born);
    assertEquals(List.of(CitizenId.CENTURY), r.codes());
    String m = r.problems().get(0).message();
    assertTrue(m.startsWith("Chữ số thứ tư (" + id.charAt(3) + ")"), m);
    assertTrue(m.contains(String.format("%02d/%02d/%d", 12, 5, born.getYear())), m);
    assertTrue(m.endsWith("Hãy kiểm tra lại số định danh hoặc ngày sinh."), m);
  }

  @Test
  void birthYearMismatch() {
    CitizenId.Result r = CitizenId.check("001089123456", LocalDate.of(1990, 5, 12));
    assertEquals(List.of(CitizenId.BIRTH_YEAR), r.codes());
    assertEquals(
        "Năm sinh trong số định danh (1989) không khớp ngày sinh 12/05/1990. Hãy kiểm tra lại số"
            + " định danh hoặc ngày sinh.",
        r.problems().get(0).message());
  }

  @Test
  void severalProblemsAreAllReported() {
    CitizenId.Result r = CitizenId.check("003289123456", LocalDate.of(1990, 5, 12));
    assertEquals(List.of(CitizenId.PROVINCE, CitizenId.CENTURY, CitizenId.BIRTH_YEAR), r.codes());
  }

  @Test
  void hostileInputIsRefusedCheaplyAndNotEchoed() {
    String huge = "0".repeat(10_000);
    CitizenId.Result r = CitizenId.check(huge, null);
    assertEquals(List.of(CitizenId.FORMAT), r.codes());
    assertTrue(r.problems().get(0).message().length() < 200);

    for (String raw :
        List.of(
            "001089\u0000123456",
            "001089\n123456",
            "001089\t123456",
            "001089\u202E123456",
            "001089\u200B123456",
            "<script>001089123456")) {
      CitizenId.Result x = CitizenId.check(raw, null);
      assertEquals(List.of(CitizenId.FORMAT), x.codes(), raw);
      assertFalse(x.problems().get(0).message().contains("script"));
    }
  }

  @Test
  void messagesAreNfc() {
    for (String raw : List.of("", "123", "012345678", "003089123456")) {
      for (CitizenId.Problem p : CitizenId.check(raw, LocalDate.of(1990, 1, 1)).problems()) {
        assertTrue(Normalizer.isNormalized(p.message(), Normalizer.Form.NFC), p.message());
      }
    }
  }

  @Test
  void derivationsRefuseMalformedNumbers() {
    assertEquals(Optional.empty(), CitizenId.sex(null));
    assertEquals(Optional.empty(), CitizenId.sex("00108912345"));
    assertEquals(OptionalInt.empty(), CitizenId.birthYear("00108912345X"));
    assertEquals(Optional.empty(), CitizenId.provinceCode("003089123456"));
  }
}
