package vn.hoso.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Working days and deadlines on the bundled 2025–2027 table. Each case names the rule it checks:
 * Decree 23/2015/NĐ-CP, Art. 7(1) (settled the same day if received before 15:00, else the next
 * working day) and Decree 45/2020/NĐ-CP (online receipt confirmed within 8 working hours).
 */
class WorkingCalendarTest {

  private static final WorkingCalendar CAL = WorkingCalendar.load();

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  @ParameterizedTest(name = "{0}: received {1} → due {2}")
  @CsvSource({
    "'ND 23/2015 Art. 7(1): 14:59 on a working day, same day', 2025-03-11T14:59, 2025-03-11T17:00",
    "'ND 23/2015 Art. 7(1): 15:00 is not before 15:00',       2025-03-11T15:00, 2025-03-12T17:00",
    "'ND 23/2015 Art. 7(1): 15:01, next working day',         2025-03-11T15:01, 2025-03-12T17:00",
    "'ND 23/2015 Art. 7(1): before office hours, same day',   2025-03-11T06:00, 2025-03-11T17:00",
    "'ND 23/2015 Art. 7(1): after office hours, next day',    2025-03-11T20:00, 2025-03-12T17:00",
    "'ND 23/2015 Art. 7(1): Friday 16:00 → Monday',           2025-03-14T16:00, 2025-03-17T17:00",
    "'ND 23/2015 Art. 7(1): Saturday → Monday',               2025-03-15T10:00, 2025-03-17T17:00",
    "'ND 23/2015 Art. 7(1): Sunday night → Monday',           2025-03-16T23:59, 2025-03-17T17:00",
    "'ND 23/2015 Art. 7(1): day before Tết 2026, after 15:00', 2026-02-13T16:00, 2026-02-23T17:00",
    "'ND 23/2015 Art. 7(1): day before Tết 2026, morning',    2026-02-13T09:00, 2026-02-13T17:00",
    "'ND 23/2015 Art. 7(1): during Tết 2026',                 2026-02-17T10:00, 2026-02-23T17:00",
    "'ND 23/2015 Art. 7(1): day before Tết 2025',             2025-01-24T15:30, 2025-02-03T17:00",
    "'ND 23/2015 Art. 7(1): make-up Saturday 26/4/2025',      2025-04-26T10:00, 2025-04-26T17:00",
    "'ND 23/2015 Art. 7(1): make-up Saturday after 15:00',    2025-04-26T15:30, 2025-04-28T17:00",
    "'ND 23/2015 Art. 7(1): 30/4–1/5/2025 with the 2/5 swap', 2025-04-29T15:30, 2025-05-05T17:00",
    "'ND 23/2015 Art. 7(1): on 1/5/2025',                     2025-05-01T09:00, 2025-05-05T17:00",
    "'ND 23/2015 Art. 7(1): Friday before 2/9/2025',          2025-08-29T16:00, 2025-09-03T17:00",
    "'ND 23/2015 Art. 7(1): Tết Dương lịch 2026 swap',        2025-12-31T15:00, 2026-01-05T17:00",
    "'ND 23/2015 Art. 7(1): make-up Saturday 10/1/2026',      2026-01-09T16:00, 2026-01-10T17:00",
    "'ND 23/2015 Art. 7(1): Giỗ Tổ 2026 compensatory Monday', 2026-04-24T16:00, 2026-04-28T17:00",
    "'ND 23/2015 Art. 7(1): 30/4–1/5/2026',                   2026-04-29T15:00, 2026-05-04T17:00",
    "'ND 23/2015 Art. 7(1): make-up Saturday 22/8/2026',      2026-08-21T16:00, 2026-08-22T17:00",
    "'ND 23/2015 Art. 7(1): 2/9/2026 with the 31/8 swap',     2026-08-28T16:00, 2026-09-03T17:00",
    "'ND 23/2015 Art. 7(1): 1/5/2027 on a Saturday',          2027-04-29T16:00, 2027-05-04T17:00",
  })
  void dueFor(String article, String received, String due) {
    assertEquals(local(due), CAL.dueFor(local(received)), article);
  }

  @ParameterizedTest(name = "{0}: received {1} → confirm by {2}")
  @CsvSource({
    "'ND 45/2020: at opening, same evening',         2025-03-10T07:30, 2025-03-10T17:00",
    "'ND 45/2020: across lunch, next morning',       2025-03-10T10:00, 2025-03-11T10:00",
    "'ND 45/2020: during lunch, counts from 13:00',  2025-03-10T12:00, 2025-03-11T11:30",
    "'ND 45/2020: at 11:30, ends before lunch',      2025-03-10T11:30, 2025-03-11T11:30",
    "'ND 45/2020: at 17:00, next day 17:00',         2025-03-10T17:00, 2025-03-11T17:00",
    "'ND 45/2020: before opening',                   2025-03-10T05:00, 2025-03-10T17:00",
    "'ND 45/2020: across a weekend',                 2025-03-14T14:00, 2025-03-17T14:00",
    "'ND 45/2020: on a Saturday',                    2025-03-15T09:00, 2025-03-17T17:00",
    "'ND 45/2020: across Tết 2026',                  2026-02-13T14:00, 2026-02-23T14:00",
    "'ND 45/2020: during Tết 2025',                  2025-01-29T09:00, 2025-02-03T17:00",
    "'ND 45/2020: on a make-up Saturday',            2025-04-26T14:00, 2025-04-28T14:00",
    "'ND 45/2020: across 30/4–1/5/2025',             2025-04-29T16:00, 2025-05-05T16:00",
  })
  void confirmBy(String article, String received, String by) {
    assertEquals(local(by), CAL.confirmBy(local(received)), article);
    assertEquals(
        WorkingCalendar.CONFIRM_WITHIN,
        CAL.workingTimeBetween(local(received), CAL.confirmBy(local(received))),
        article);
  }

  @ParameterizedTest(name = "{0} → {1} → {2}")
  @CsvSource({
    "2025-03-10T07:30, 2025-03-10T17:00, PT8H",
    "2025-03-10T11:00, 2025-03-10T13:30, PT1H",
    "2025-03-14T16:00, 2025-03-17T08:30, PT2H",
    "2025-03-15T08:00, 2025-03-16T18:00, PT0S",
    "2025-03-17T08:30, 2025-03-14T16:00, PT-2H",
  })
  void workingTimeBetween(String a, String b, Duration expected) {
    assertEquals(expected, CAL.workingTimeBetween(local(a), local(b)));
  }

  @Test
  void workingDays() {
    assertTrue(CAL.isWorkingDay(LocalDate.of(2025, 3, 10)));
    assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 3, 15)));
    assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 3, 16)));
    assertTrue(CAL.isWorkingDay(LocalDate.of(2025, 4, 26)), "make-up Saturday");
    assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 5, 2)), "swapped Friday");
    assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 4, 27)), "compensatory Monday");
    assertEquals(LocalDate.of(2026, 2, 23), CAL.nextWorkingDay(LocalDate.of(2026, 2, 13)));
    assertEquals(LocalDate.of(2025, 3, 11), CAL.nextWorkingDay(LocalDate.of(2025, 3, 10)));
    assertEquals(LocalDate.of(2026, 1, 10), CAL.nextWorkingDay(LocalDate.of(2026, 1, 9)));
  }

  /** A year missing from the table would silently count Tết as working days: catch it here. */
  @ParameterizedTest(name = "the table covers {0}")
  @ValueSource(ints = {2025, 2026, 2027})
  void everyYearHasItsHolidays(int year) {
    List<WorkingCalendar.DayRule> rows =
        CAL.rules().stream().filter(r -> r.date().getYear() == year).toList();
    assertTrue(CAL.covers(LocalDate.of(year, 6, 1)));
    long tet =
        rows.stream()
            .filter(r -> r.kind() == WorkingCalendar.Kind.HOLIDAY)
            .filter(r -> r.name().startsWith("Tết Nguyên đán"))
            .filter(r -> !WorkingCalendar.weekend(r.date()))
            .count();
    assertEquals(5, tet, "Labour Code Art. 112: five Tết weekdays off in " + year);
    assertTrue(
        rows.stream().anyMatch(r -> r.name().startsWith("Giỗ Tổ Hùng Vương")),
        "Hùng Kings' day in " + year);
    for (MonthDay fixed :
        List.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2))) {
      LocalDate d = fixed.atYear(year);
      assertEquals(
          WorkingCalendar.Kind.HOLIDAY,
          CAL.rule(d).map(WorkingCalendar.DayRule::kind).orElse(null),
          d.toString());
    }
    // Quốc khánh: 2/9 and one adjoining day (Labour Code Art. 112(1)(đ))
    LocalDate nd = LocalDate.of(year, 9, 2);
    assertTrue(
        CAL.rule(nd.minusDays(1)).isPresent() || CAL.rule(nd.plusDays(1)).isPresent(),
        "adjoining day of 2/9/" + year);
    // names are shown to residents: Vietnamese in NFC
    for (WorkingCalendar.DayRule r : rows) {
      assertTrue(Normalizer.isNormalized(r.name(), Normalizer.Form.NFC), r.name());
    }
    assertFalse(CAL.covers(LocalDate.of(2028, 1, 1)));
  }

  @Test
  void provisionalYearsSaySo() {
    CAL.rules().stream()
        .filter(r -> r.date().getYear() == 2027 && r.name().startsWith("Tết Nguyên đán"))
        .forEach(r -> assertTrue(r.name().contains("tạm tính"), r.toString()));
    assertEquals(
        DayOfWeek.SATURDAY, LocalDate.of(2027, 2, 6).getDayOfWeek(), "Tết Đinh Mùi is Saturday");
  }

  @Test
  void everyMakeUpDayHasASwappedDayOff() {
    long workdays =
        CAL.rules().stream().filter(r -> r.kind() == WorkingCalendar.Kind.WORKDAY).count();
    long swaps = CAL.rules().stream().filter(r -> r.name().startsWith("Nghỉ hoán đổi")).count();
    assertEquals(workdays, swaps);
    assertEquals(3, workdays, "26/4/2025, 10/1/2026, 22/8/2026");
  }

  @ParameterizedTest(name = "line {1}, field {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "date,kind,name\\n2025-02-30,HOLIDAY,Sai ngày | 2 | date | not a date",
        "date,kind,name\\n2025-01-01,HOLIDAY,Tết\\nabc,HOLIDAY,x | 3 | date | not a date",
        "date,kind,name\\n2025-01-01,OFF,Tết | 2 | kind | unknown kind",
        "date,kind,name\\n2025-01-01,holiday,Tết | 2 | kind | unknown kind",
        "# c\\ndate,kind,name\\n\\n2025-01-01,HOLIDAY,Tết\\n2025-01-01,HOLIDAY,Tết | 5 | date"
            + " | duplicate date 2025-01-01 (first on line 4)",
        "date,kind,name\\n2025-04-28,WORKDAY,Làm bù | 2 | kind | is a MONDAY, not a weekend day",
        "date,kind,name\\n2025-01-01,HOLIDAY, | 2 | name | empty name",
        "date,kind,name\\n2025-01-01,HOLIDAY | 2 | | expected 3 fields",
        "day,kind,name\\n2025-01-01,HOLIDAY,Tết | 1 | | expected the header",
        "# only a comment | 1 | | expected the header",
      })
  void badRowsNameTheLineAndField(String csv, int line, String field, String problem) {
    WorkingCalendar.BadRow e =
        assertThrows(
            WorkingCalendar.BadRow.class,
            () -> WorkingCalendar.parse(new StringReader(csv.replace("\\n", "\n"))));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith("line " + line), e.getMessage());
  }

  @Test
  void parseAcceptsCommasInNamesAndABom() {
    List<WorkingCalendar.DayRule> rows =
        WorkingCalendar.parse(
            new StringReader(
                "\uFEFFdate,kind,name\n2025-01-01,HOLIDAY,Tết Dương lịch, năm mới\n"
                    + "2025-04-26,WORKDAY,Làm bù\n"));
    assertEquals(2, rows.size());
    assertEquals("Tết Dương lịch, năm mới", rows.get(0).name());
  }

  @Test
  void ofRefusesTwoRulesForOneDay() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WorkingCalendar.of(
                List.of(
                    new WorkingCalendar.DayRule(d, WorkingCalendar.Kind.HOLIDAY, "a"),
                    new WorkingCalendar.DayRule(d, WorkingCalendar.Kind.HOLIDAY, "b"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkingCalendar.DayRule(d, WorkingCalendar.Kind.WORKDAY, "thứ Tư"));
  }

  @Test
  void anEmptyCalendarKnowsOnlyWeekends() {
    WorkingCalendar plain = WorkingCalendar.of(List.of());
    assertTrue(plain.isWorkingDay(LocalDate.of(2026, 2, 17)));
    assertFalse(plain.covers(LocalDate.of(2026, 2, 17)));
    assertEquals(local("2026-02-18T17:00"), plain.dueFor(local("2026-02-17T15:00")));
  }
}
