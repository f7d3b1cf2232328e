package vn.hoso.demo;

import java.time.LocalDate;
import java.util.Random;
import vn.hoso.units.UnitTables.OldCommune;

/**
 * The lines that make each OCR'd record page unlike the others: the issuing commune and its number,
 * the place and date, and the person the record is about (name, date of birth, personal ID,
 * residence) — real old communes, names with their real spread. For benchmarks that need the
 * vocabulary of an archive (a long tail of names, places and numbers) around resolution text.
 */
public final class RecordHeaders {

  private static final String[] FORMS = {"QĐ-UBND", "TB-UBND", "GCN", "GP-UBND", "QĐ-CT"};

  private final Places places = Places.load();

  /**
   * About 50 words: a record's heading and its person block, lines as a scan reads; the same {@code
   * rnd} state gives the same lines.
   */
  public String next(Random rnd) {
    People people = new People(rnd);
    OldCommune unit = places.allCommunes.get(rnd.nextInt(places.allCommunes.size()));
    OldCommune home = rnd.nextInt(3) == 0 ? places.neighbour(unit, rnd) : unit;
    LocalDate issued = LocalDate.of(1976, 1, 1).plusDays(rnd.nextInt(49 * 365));
    LocalDate born = issued.minusYears(18 + rnd.nextInt(60)).minusDays(rnd.nextInt(365));
    boolean male = rnd.nextBoolean();
    String name = people.fullName(people.familyName(unit.provinceCode()), male, born.getYear());
    String id = people.cccd(unit.provinceCode(), male, born);
    return "UỶ BAN NHÂN DÂN "
        + unit.name().toUpperCase(java.util.Locale.ROOT)
        + "\nSố: "
        + (1 + rnd.nextInt(900))
        + "/"
        + FORMS[rnd.nextInt(FORMS.length)]
        + "\n"
        + unit.name()
        + ", ngày "
        + issued.getDayOfMonth()
        + " tháng "
        + issued.getMonthValue()
        + " năm "
        + issued.getYear()
        + "\nHọ và tên: "
        + name
        + " Giới tính: "
        + (male ? "Nam" : "Nữ")
        + "\nNgày sinh: "
        + String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear())
        + "\nSố định danh cá nhân: "
        + id
        + "\nNơi cư trú: "
        + Places.address(home)
        + "\n";
  }
}
