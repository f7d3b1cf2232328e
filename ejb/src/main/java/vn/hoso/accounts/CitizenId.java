package vn.hoso.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Structure check of a Vietnamese personal identification number (số định danh cá nhân), the
 * 12-digit number printed on the citizen ID card (thẻ căn cước, formerly căn cước công dân).
 *
 * <p>Circular 59/2021/TT-BCA, Art. 7 gives its structure: digits 1–3 are the code of the province
 * (or country) where the birth was registered, digit 4 encodes century of birth and sex, digits 5–6
 * are the last two digits of the year of birth, digits 7–12 are a random range. The province codes
 * are the 63 GSO province codes in force before 2025-07-01, zero-padded to three digits (001 Hà
 * Nội, 079 Hồ Chí Minh): a number keeps the code of the province where the birth was registered, so
 * the merger of provinces does not change it. The century and sex digit:
 *
 * <ul>
 *   <li>20th century (1900–1999): male 0, female 1;
 *   <li>21st century (2000–2099): male 2, female 3;
 *   <li>22nd century (2100–2199): male 4, female 5;
 *   <li>23rd century (2200–2299): male 6, female 7;
 *   <li>24th century (2300–2399): male 8, female 9.
 * </ul>
 *
 * <p>There is no check digit: a number that passes here may still not exist; only the national
 * population database can say that. What this check catches is a typing mistake that breaks the
 * structure, or a number that belongs to somebody else (other birth year, other century).
 *
 * <p>Input is what a person types or pastes: spaces are removed (the card prints the number in
 * groups), and the text is NFC-normalised first. Anything else that is not an ASCII digit is
 * refused rather than guessed at. Messages are Vietnamese and say what to do.
 */
public final class CitizenId {

  /** Digits in a personal identification number. */
  public static final int LENGTH = 12;

  /** Digits in the old identity card number (chứng minh nhân dân, 9 digits). */
  static final int OLD_CMND_LENGTH = 9;

  /**
   * Longest input looked at: 12 digits with generous spacing. Longer input is refused before any
   * normalisation, so a pasted page of text costs nothing.
   */
  static final int MAX_INPUT = 64;

  static final String PROVINCES_RESOURCE = "/units/old_provinces_pre2025-07-01.csv";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Problem codes, stable for the screens and the logs. */
  public static final String FORMAT = "format";

  public static final String PROVINCE = "province";
  public static final String CENTURY = "century";
  public static final String BIRTH_YEAR = "birth_year";

  /** Sex as encoded in digit 4. */
  public enum Sex {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Sex(String label) {
      this.label = label;
    }

    /** The Vietnamese label, as printed on the card. */
    public String label() {
      return label;
    }
  }

  /** One thing wrong with the input: a stable code and a Vietnamese message for the person. */
  public record Problem(String code, String message) {}

  /**
   * The outcome of a check. {@code id} is the normalised 12-digit number when the input passed
   * every check, otherwise null; {@code problems} is empty exactly when {@code id} is set.
   */
  public record Result(String id, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return id != null;
    }

    /** The problem codes, for tests and logs. */
    public List<String> codes() {
      return problems.stream().map(Problem::code).toList();
    }
  }

  private CitizenId() {}

  /**
   * Checks a number as typed.
   *
   * @param raw the input; may be null, may contain spaces
   * @param birthDate the person's date of birth when known; null skips the century and year checks
   */
  public static Result check(String raw, LocalDate birthDate) {
    List<Problem> problems = new ArrayList<>();
    if (raw != null && raw.length() > MAX_INPUT) {
      problems.add(new Problem(FORMAT, notTwelveDigits()));
      return new Result(null, problems);
    }
    // a pasted value often ends with a line break; inside, only spaces are separators
    String id =
        raw == null ? "" : stripSpaces(Normalizer.normalize(raw, Normalizer.Form.NFC).strip());
    if (id.isEmpty()) {
      problems.add(
          new Problem(
              FORMAT, "Chưa nhập số định danh cá nhân. Hãy nhập 12 chữ số in trên thẻ căn cước."));
      return new Result(null, problems);
    }
    if (!id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      problems.add(new Problem(FORMAT, notTwelveDigits()));
      return new Result(null, problems);
    }
    if (id.length() == OLD_CMND_LENGTH) {
      problems.add(
          new Problem(
              FORMAT,
              "Số gồm 9 chữ số là số chứng minh nhân dân cũ, không còn dùng để định danh. Hãy nhập"
                  + " số định danh cá nhân gồm 12 chữ số in trên thẻ căn cước (hoặc căn cước công"
                  + " dân)."));
      return new Result(null, problems);
    }
    if (id.length() != LENGTH) {
      problems.add(
          new Problem(
              FORMAT,
              "Số định danh cá nhân phải gồm đúng 12 chữ số; số đã nhập có "
                  + id.length()
                  + " chữ số. Hãy kiểm tra lại trên thẻ căn cước."));
      return new Result(null, problems);
    }
    String province = id.substring(0, 3);
    if (!ProvinceCodes.CODES.contains(province)) {
      problems.add(
          new Problem(
              PROVINCE,
              "Ba chữ số đầu ("
                  + province
                  + ") không phải mã tỉnh nơi đăng ký khai sinh. Hãy kiểm tra lại số trên thẻ căn"
                  + " cước."));
    }
    if (birthDate != null) {
      int century = centuryStart(id.charAt(3));
      int year = century + Integer.parseInt(id.substring(4, 6));
      if (birthDate.getYear() / 100 * 100 != century) {
        problems.add(
            new Problem(
                CENTURY,
                "Chữ số thứ tư ("
                    + id.charAt(3)
                    + ") cho biết người sinh trong các năm "
                    + century
                    + "–"
                    + (century + 99)
                    + ", không khớp ngày sinh "
                    + DAY.format(birthDate)
                    + ". Hãy kiểm tra lại số định danh hoặc ngày sinh."));
      }
      if (birthDate.getYear() % 100 != year % 100) {
        problems.add(
            new Problem(
                BIRTH_YEAR,
                "Năm sinh trong số định danh ("
                    + year
                    + ") không khớp ngày sinh "
                    + DAY.format(birthDate)
                    + ". Hãy kiểm tra lại số định danh hoặc ngày sinh."));
      }
    }
    return new Result(problems.isEmpty() ? id : null, problems);
  }

  /** The sex encoded in a number that passed {@link #check}, or empty for anything else. */
  public static Optional<Sex> sex(String id) {
    if (!wellFormed(id)) {
      return Optional.empty();
    }
    return Optional.of((id.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE);
  }

  /** The year of birth encoded in a number (century digit plus two year digits), if well formed. */
  public static OptionalInt birthYear(String id) {
    if (!wellFormed(id)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(centuryStart(id.charAt(3)) + Integer.parseInt(id.substring(4, 6)));
  }

  /** The three-digit code of the province where the birth was registered, if well formed. */
  public static Optional<String> provinceCode(String id) {
    return wellFormed(id) ? Optional.of(id.substring(0, 3)) : Optional.empty();
  }

  /** The 63 valid three-digit province codes. */
  static Set<String> provinceCodes() {
    return ProvinceCodes.CODES;
  }

  /** First year of the century encoded by digit 4 (Circular 59/2021/TT-BCA, Art. 7). */
  static int centuryStart(char digit) {
    return 1900 + (digit - '0') / 2 * 100;
  }

  private static boolean wellFormed(String id) {
    return id != null
        && id.length() == LENGTH
        && id.chars().allMatch(c -> c >= '0' && c <= '9')
        && ProvinceCodes.CODES.contains(id.substring(0, 3));
  }

  /** Removes spaces of any kind (the card prints the number in groups; pasted text has NBSP). */
  private static String stripSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && Character.getType(c) != Character.SPACE_SEPARATOR) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String notTwelveDigits() {
    return "Số định danh cá nhân phải gồm đúng 12 chữ số, không có chữ cái hay ký hiệu. Hãy nhập"
        + " lại theo thẻ căn cước.";
  }

  /** The codes, read once from the bundled table of provinces before 2025-07-01. */
  private static final class ProvinceCodes {
    static final Set<String> CODES = load();

    private static Set<String> load() {
      try (InputStream in = CitizenId.class.getResourceAsStream(PROVINCES_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + PROVINCES_RESOURCE);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null) {
          throw new IllegalStateException("empty resource " + PROVINCES_RESOURCE);
        }
        List<String> columns = List.of(header.replace("\uFEFF", "").split(",", -1));
        int code = columns.indexOf("code");
        if (code < 0) {
          throw new IllegalStateException("no column 'code' in " + PROVINCES_RESOURCE);
        }
        Set<String> codes = new HashSet<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          String value = line.split(",", -1)[code].strip();
          if (!value.matches("[0-9]{1,3}")) {
            throw new IllegalStateException("bad province code '" + value + "'");
          }
          codes.add("0".repeat(3 - value.length()) + value);
        }
        return Set.copyOf(codes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
