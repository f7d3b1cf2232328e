package vn.hoso.requests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days and deadlines of a Vietnamese public office, in Vietnam's time (Asia/Ho_Chi_Minh).
 *
 * <p>Saturdays and Sundays are days off; public holidays, bridge days and compensatory days are
 * days off; a Saturday the government declares a working day (to make up for a bridge day) is a
 * working day. The holidays move with the lunar calendar and the bridges are announced each year,
 * so they are data ({@value #RESOURCE}), not rules: a year without rows knows only its weekends,
 * and {@link #covers(LocalDate)} tells whether a date is inside the data.
 *
 * <p>Working hours are 07:30–11:30 and 13:00–17:00, eight hours a day.
 *
 * <p>Deadlines:
 *
 * <ul>
 *   <li>{@link #dueFor}: Decree 23/2015/NĐ-CP, Art. 7(1): a certification request is settled on the
 *       day it is received, or on the next working day when it is received after 15:00.
 *   <li>{@link #confirmBy}: Decree 45/2020/NĐ-CP (administrative procedures carried out
 *       electronically): an application received online is checked and its receipt confirmed within
 *       8 working hours.
 * </ul>
 */
public final class WorkingCalendar {

  /** Vietnam's time zone: every day and hour here is local to it. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The bundled table of days off and make-up working days. */
  public static final String RESOURCE = "/calendar/days-off-2025-2027.csv";

  public static final LocalTime MORNING_START = LocalTime.of(7, 30);
  public static final LocalTime MORNING_END = LocalTime.of(11, 30);
  public static final LocalTime AFTERNOON_START = LocalTime.of(13, 0);
  public static final LocalTime DAY_END = LocalTime.of(17, 0);

  /**
   * Received at or after this time, a request is settled the next working day (Decree
   * 23/2015/NĐ-CP, Art. 7(1): "sau 15 giờ").
   */
  public static final LocalTime SAME_DAY_CUTOFF = LocalTime.of(15, 0);

  /** Time to confirm an online receipt (Decree 45/2020/NĐ-CP): 8 working hours. */
  public static final Duration CONFIRM_WITHIN = Duration.ofHours(8);

  private static final List<LocalTime[]> PERIODS =
      List.of(
          new LocalTime[] {MORNING_START, MORNING_END}, new LocalTime[] {AFTERNOON_START, DAY_END});

  /** What a row of the table makes of its day. */
  public enum Kind {
    /** A day off: holiday, bridge day, compensatory day. */
    HOLIDAY,
    /** A weekend day declared a working day. */
    WORKDAY
  }

  /**
   * One day that differs from the Monday–Friday week, with its Vietnamese name ("Tết Nguyên đán
   * Bính Ngọ", "Làm bù cho thứ Sáu 02/01/2026").
   */
  public record DayRule(LocalDate date, Kind kind, String name) {
    public DayRule {
      if (date == null || kind == null) {
        throw new IllegalArgumentException("a day rule needs a date and a kind");
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("day rule " + date + " has no name");
      }
      name = name.strip();
      if (kind == Kind.WORKDAY && !weekend(date)) {
        throw new IllegalArgumentException(
            "WORKDAY " + date + " is a " + date.getDayOfWeek() + ", not a weekend day");
      }
    }
  }

  /** A row of a calendar table that cannot be read, with where it is. */
  public static final class BadRow extends IllegalArgumentException {
    private final int line;
    private final String field;

    BadRow(int line, String field, String problem) {
      super("line " + line + (field == null ? "" : ", field " + field) + ": " + problem);
      this.line = line;
      this.field = field;
    }

    /** 1-based line number in the file. */
    public int line() {
      return line;
    }

    /** The column at fault, or null for the row as a whole. */
    public String field() {
      return field;
    }
  }

  private final Map<LocalDate, DayRule> rules;
  private final Set<Integer> years;

  private WorkingCalendar(Map<LocalDate, DayRule> rules) {
    this.rules = Collections.unmodifiableMap(rules);
    Set<Integer> y = new TreeSet<>();
    rules.keySet().forEach(d -> y.add(d.getYear()));
    this.years = Collections.unmodifiableSet(y);
  }

  /** The calendar of the bundled table. */
  public static WorkingCalendar load() {
    try (InputStream in = WorkingCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return of(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A calendar of the given rules.
   *
   * @throws IllegalArgumentException when two rules share a date
   */
  public static WorkingCalendar of(List<DayRule> rules) {
    Map<LocalDate, DayRule> byDate = new TreeMap<>();
    for (DayRule r : rules) {
      if (byDate.putIfAbsent(r.date(), r) != null) {
        throw new IllegalArgumentException("two rules for " + r.date());
      }
    }
    return new WorkingCalendar(byDate);
  }

  /**
   * Reads a table with the header {@code date,kind,name}: ISO dates, kind {@code HOLIDAY} or {@code
   * WORKDAY}, a Vietnamese name (the rest of the line, so it may hold commas). Blank lines and
   * lines starting with {@code #} are comments.
   *
   * @throws BadRow naming the line and the field of the first bad row (bad date, unknown kind,
   *     duplicate date, a WORKDAY that is not a Saturday or Sunday, missing name)
   */
  public static List<DayRule> parse(Reader reader) {
    List<DayRule> out = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    BufferedReader r = new BufferedReader(reader);
    boolean header = false;
    int n = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        line = line.replace("\uFEFF", "");
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        if (!header) {
          if (!line.strip().equals("date,kind,name")) {
            throw new BadRow(n, null, "expected the header date,kind,name");
          }
          header = true;
          continue;
        }
        String[] f = line.split(",", 3);
        if (f.length < 3) {
          throw new BadRow(n, null, "expected 3 fields date,kind,name, found " + f.length);
        }
        LocalDate date;
        try {
          date = LocalDate.parse(f[0].strip());
        } catch (DateTimeParseException e) {
          throw new BadRow(n, "date", "not a date (yyyy-MM-dd): '" + clip(f[0]) + "'");
        }
        Kind kind;
        try {
          kind = Kind.valueOf(f[1].strip());
        } catch (IllegalArgumentException e) {
          throw new BadRow(n, "kind", "unknown kind '" + clip(f[1]) + "' (HOLIDAY or WORKDAY)");
        }
        if (f[2].isBlank()) {
          throw new BadRow(n, "name", "empty name");
        }
        if (kind == Kind.WORKDAY && !weekend(date)) {
          throw new BadRow(
              n,
              "kind",
              "WORKDAY " + date + " is a " + date.getDayOfWeek() + ", not a weekend day");
        }
        Integer first = seen.putIfAbsent(date, n);
        if (first != null) {
          throw new BadRow(n, "date", "duplicate date " + date + " (first on line " + first + ")");
        }
        out.add(new DayRule(date, kind, f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!header) {
      throw new BadRow(Math.max(n, 1), null, "expected the header date,kind,name");
    }
    return out;
  }

  /** The rules, by date. */
  public List<DayRule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule of a day, if it differs from the Monday–Friday week. */
  public Optional<DayRule> rule(LocalDate day) {
    return Optional.ofNullable(rules.get(day));
  }

  /**
   * Whether the table has rows for the day's year. Outside it only weekends are known: a deadline
   * there may fall on a holiday, which an administrator should see before it happens.
   */
  public boolean covers(LocalDate day) {
    return years.contains(day.getYear());
  }

  public boolean isWorkingDay(LocalDate day) {
    DayRule r = rules.get(day);
    if (r != null) {
      return r.kind() == Kind.WORKDAY;
    }
    return !weekend(day);
  }

  /** The first working day strictly after {@code day}. */
  public LocalDate nextWorkingDay(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * When a certification request received at {@code received} must be settled: the end of the same
   * working day (17:00) if it was received on a working day before 15:00, otherwise the end of the
   * next working day (Decree 23/2015/NĐ-CP, Art. 7(1)). A request received before office hours on a
   * working day is due that day.
   */
  public Instant dueFor(Instant received) {
    LocalDateTime at = LocalDateTime.ofInstant(received, ZONE);
    LocalDate day = at.toLocalDate();
    if (!isWorkingDay(day) || !at.toLocalTime().isBefore(SAME_DAY_CUTOFF)) {
      day = nextWorkingDay(day);
    }
    return day.atTime(DAY_END).atZone(ZONE).toInstant();
  }

  /**
   * When the receipt of an online application received at {@code received} must be confirmed: 8
   * working hours later (Decree 45/2020/NĐ-CP), counting only 07:30–11:30 and 13:00–17:00 of
   * working days. Eight working hours are one working day, so an application received at 10:00 is
   * confirmed by 10:00 of the next working day, and one received in the evening, on a weekend or a
   * holiday by 17:00 of the next working day.
   */
  public Instant confirmBy(Instant received) {
    LocalDateTime from = LocalDateTime.ofInstant(received, ZONE);
    Duration left = CONFIRM_WITHIN;
    LocalDate day = from.toLocalDate();
    while (true) {
      if (isWorkingDay(day)) {
        for (LocalTime[] p : PERIODS) {
          LocalDateTime start = later(day.atTime(p[0]), from);
          LocalDateTime end = day.atTime(p[1]);
          if (start.isBefore(end)) {
            Duration available = Duration.between(start, end);
            if (available.compareTo(left) >= 0) {
              return start.plus(left).atZone(ZONE).toInstant();
            }
            left = left.minus(available);
          }
        }
      }
      day = day.plusDays(1);
    }
  }

  /**
   * Working time between two instants: the part of [a, b] inside working hours of working days.
   * Negative when {@code b} is before {@code a}.
   */
  public Duration workingTimeBetween(Instant a, Instant b) {
    if (b.isBefore(a)) {
      return workingTimeBetween(b, a).negated();
    }
    LocalDateTime from = LocalDateTime.ofInstant(a, ZONE);
    LocalDateTime to = LocalDateTime.ofInstant(b, ZONE);
    Duration total = Duration.ZERO;
    for (LocalDate day = from.toLocalDate();
        !day.isAfter(to.toLocalDate());
        day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      for (LocalTime[] p : PERIODS) {
        LocalDateTime start = later(day.atTime(p[0]), from);
        LocalDateTime end = earlier(day.atTime(p[1]), to);
        if (start.isBefore(end)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  static boolean weekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private static LocalDateTime later(LocalDateTime x, LocalDateTime y) {
    return x.isAfter(y) ? x : y;
  }

  private static LocalDateTime earlier(LocalDateTime x, LocalDateTime y) {
    return x.isBefore(y) ? x : y;
  }

  private static String clip(String s) {
    String t = s.strip();
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
