package vn.hoso.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stored day off or make-up working day; the admin edits these rows. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

  @Id
  @Column(name = "day_date")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorkingCalendar.Kind kind;

  @Column(nullable = false)
  private String name;

  protected CalendarDay() {}

  CalendarDay(WorkingCalendar.DayRule r) {
    this.day = r.date();
    this.kind = r.kind();
    this.name = r.name();
  }

  public WorkingCalendar.DayRule rule() {
    return new WorkingCalendar.DayRule(day, kind, name);
  }
}
