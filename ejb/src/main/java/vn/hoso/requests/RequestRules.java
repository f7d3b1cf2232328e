package vn.hoso.requests;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;

/**
 * The fee rules and the working-day calendar in force, read from the database and kept in memory.
 * On the first start the tables are filled with the defaults (Circulars 226/2016 and 281/2016; the
 * shipped 2025–2027 calendar); an admin changes them afterwards, audited.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class RequestRules {

  @PersistenceContext EntityManager em;
  @EJB AuditLog audit;

  private volatile List<FeeRule> fees;
  private volatile WorkingCalendar calendar;

  @PostConstruct
  void load() {
    if (em.createQuery("select count(r) from FeeRuleRow r", Long.class).getSingleResult() == 0) {
      FeeRule.defaults().forEach(r -> em.persist(new FeeRuleRow(r)));
    }
    if (em.createQuery("select count(d) from CalendarDay d", Long.class).getSingleResult() == 0) {
      WorkingCalendar.load().rules().forEach(r -> em.persist(new CalendarDay(r)));
    }
    seedCounters();
    em.flush();
    reload();
  }

  /**
   * The reference counters of this year and the next exist before any request needs them, so two
   * first requests of a year never race to create the row; checked again every night.
   */
  @jakarta.ejb.Schedule(hour = "0", minute = "5", persistent = false)
  @Lock(LockType.WRITE)
  void seedCounters() {
    int year = java.time.LocalDate.now(WorkingCalendar.ZONE).getYear();
    for (int y = year; y <= year + 1; y++) {
      if (em.find(RequestCounter.class, y) == null) {
        em.persist(new RequestCounter(y));
      }
    }
  }

  private void reload() {
    fees =
        em
            .createQuery("select r from FeeRuleRow r order by r.code", FeeRuleRow.class)
            .getResultList()
            .stream()
            .map(FeeRuleRow::rule)
            .toList();
    calendar =
        WorkingCalendar.of(
            em
                .createQuery("select d from CalendarDay d order by d.day", CalendarDay.class)
                .getResultList()
                .stream()
                .map(CalendarDay::rule)
                .toList());
  }

  @Lock(LockType.READ)
  public List<FeeRule> fees() {
    return fees;
  }

  @Lock(LockType.READ)
  public WorkingCalendar calendar() {
    return calendar;
  }

  @Lock(LockType.READ)
  public FeeRule feeFor(String recordKind) {
    return FeeRule.forRecordKind(recordKind, fees);
  }

  /** An admin changes a fee rule; refused with the rule's own problems when it makes no sense. */
  @Lock(LockType.WRITE)
  public void changeFee(Actor admin, FeeRule rule) {
    requireAdmin(admin);
    List<String> problems = rule.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInput(
          problems.stream().map(m -> new InvalidInput.Problem("fee", m)).toList());
    }
    FeeRuleRow row = em.find(FeeRuleRow.class, rule.code());
    if (row == null) {
      throw InvalidInput.of("fee", "Không có mức phí mã " + rule.code() + ".");
    }
    FeeRule before = row.rule();
    row.set(rule);
    audit.append(
        new AuditEvent(
            admin.accountId(),
            admin.name(),
            AuditActions.FEE_RULE_CHANGED,
            "FEE_RULE",
            rule.code(),
            null,
            null,
            null,
            changes(before, rule)));
    em.flush();
    reload();
  }

  /** What changed in a fee rule, as a person reads it: "giá mỗi trang đầu 2.000 đ → 3.000 đ". */
  static String changes(FeeRule a, FeeRule b) {
    java.util.List<String> c = new java.util.ArrayList<>();
    money(c, "giá mỗi trang đầu", a.firstPagePrice(), b.firstPagePrice());
    if (a.tierFromPage() != b.tierFromPage()) {
      c.add("giá giảm từ trang " + a.tierFromPage() + " → " + b.tierFromPage());
    }
    money(c, "giá mỗi trang sau", a.laterPagePrice(), b.laterPagePrice());
    money(c, "tối đa mỗi bản", a.capPerCopy(), b.capPerCopy());
    money(c, "giá mỗi bản", a.perCopyPrice(), b.perCopyPrice());
    return a.name() + ": " + (c.isEmpty() ? "không thay đổi" : String.join("; ", c));
  }

  private static void money(java.util.List<String> c, String what, long from, long to) {
    if (from != to) {
      c.add(what + " " + Fees.vnd(from) + " → " + Fees.vnd(to));
    }
  }

  private static String day(WorkingCalendar.DayRule r) {
    return r.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        + (r.kind() == WorkingCalendar.Kind.HOLIDAY ? " nghỉ" : " làm bù")
        + " — "
        + r.name();
  }

  /** An admin adds or changes a day off or a make-up working day. */
  @Lock(LockType.WRITE)
  public void putDay(Actor admin, WorkingCalendar.DayRule rule) {
    requireAdmin(admin);
    CalendarDay old = em.find(CalendarDay.class, rule.date());
    if (old != null) {
      em.remove(old);
      em.flush();
    }
    em.persist(new CalendarDay(rule));
    audit.append(
        new AuditEvent(
            admin.accountId(),
            admin.name(),
            AuditActions.CALENDAR_CHANGED,
            "CALENDAR_DAY",
            rule.date().toString(),
            null,
            null,
            null,
            (old == null ? "thêm " : "sửa " + day(old.rule()) + " → ") + day(rule)));
    em.flush();
    reload();
  }

  @Lock(LockType.WRITE)
  public void removeDay(Actor admin, LocalDate day) {
    requireAdmin(admin);
    CalendarDay old = em.find(CalendarDay.class, day);
    if (old == null) {
      return;
    }
    em.remove(old);
    audit.append(
        new AuditEvent(
            admin.accountId(),
            admin.name(),
            AuditActions.CALENDAR_CHANGED,
            "CALENDAR_DAY",
            day.toString(),
            null,
            null,
            null,
            "xóa " + day(old.rule())));
    em.flush();
    reload();
  }

  private static void requireAdmin(Actor a) {
    if (a == null || !a.isStaff() || !a.has(Role.ADMIN)) {
      throw Forbidden.because("Chỉ quản trị viên được thay đổi bảng phí và lịch ngày làm việc.");
    }
  }
}
