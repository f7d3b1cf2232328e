package vn.hoso.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.requests.FeeRule;
import vn.hoso.requests.RequestRules;
import vn.hoso.requests.WorkingCalendar;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/** The admin edits the fee rules and the days off / make-up working days, year by year. */
@Named
@ViewScoped
public class RulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient RequestRules rules;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;

  /** An editable copy of a fee rule. */
  public static final class FeeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final FeeRule original;
    private long firstPagePrice;
    private int tierFromPage;
    private long laterPagePrice;
    private long capPerCopy;
    private long perCopyPrice;

    FeeRow(FeeRule r) {
      original = r;
      firstPagePrice = r.firstPagePrice();
      tierFromPage = r.tierFromPage();
      laterPagePrice = r.laterPagePrice();
      capPerCopy = r.capPerCopy();
      perCopyPrice = r.perCopyPrice();
    }

    FeeRule edited() {
      return new FeeRule(
          original.code(),
          original.name(),
          original.basis(),
          firstPagePrice,
          tierFromPage,
          laterPagePrice,
          capPerCopy,
          perCopyPrice,
          original.legalBasis());
    }

    public FeeRule getOriginal() {
      return original;
    }

    public long getFirstPagePrice() {
      return firstPagePrice;
    }

    public void setFirstPagePrice(long v) {
      firstPagePrice = v;
    }

    public int getTierFromPage() {
      return tierFromPage;
    }

    public void setTierFromPage(int v) {
      tierFromPage = v;
    }

    public long getLaterPagePrice() {
      return laterPagePrice;
    }

    public void setLaterPagePrice(long v) {
      laterPagePrice = v;
    }

    public long getCapPerCopy() {
      return capPerCopy;
    }

    public void setCapPerCopy(long v) {
      capPerCopy = v;
    }

    public long getPerCopyPrice() {
      return perCopyPrice;
    }

    public void setPerCopyPrice(long v) {
      perCopyPrice = v;
    }
  }

  private List<FeeRow> fees;
  private int year = LocalDate.now().getYear();
  private LocalDate day;
  private WorkingCalendar.Kind kind = WorkingCalendar.Kind.HOLIDAY;
  private String name;

  public List<FeeRow> getFees() {
    if (fees == null) {
      fees = new ArrayList<>(rules.fees().stream().map(FeeRow::new).toList());
    }
    return fees;
  }

  public void saveFee(FeeRow row) {
    try {
      rules.changeFee(current.require(), row.edited());
      texts.info(texts.get("rules.fee.saved", row.getOriginal().name()));
      fees = null;
    } catch (InvalidInput e) {
      texts.problems("fees", e);
    }
  }

  public List<WorkingCalendar.DayRule> getDays() {
    return rules.calendar().rules().stream().filter(r -> r.date().getYear() == year).toList();
  }

  public void putDay() {
    try {
      if (day == null || name == null || name.isBlank()) {
        throw InvalidInput.of("day", "Hãy nhập ngày và tên ngày nghỉ hoặc ngày làm bù.");
      }
      rules.putDay(current.require(), new WorkingCalendar.DayRule(day, kind, name));
      texts.info(texts.get("rules.day.saved", texts.date(day)));
      day = null;
      name = null;
    } catch (InvalidInput e) {
      texts.problems("calendar", e);
    } catch (IllegalArgumentException e) {
      texts.errorText("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
    }
  }

  public void removeDay(WorkingCalendar.DayRule r) {
    rules.removeDay(current.require(), r.date());
    texts.info(texts.get("rules.day.removed", texts.date(r.date())));
  }

  public List<Integer> getYears() {
    int now = LocalDate.now().getYear();
    return List.of(now - 1, now, now + 1);
  }

  public WorkingCalendar.Kind[] getKinds() {
    return WorkingCalendar.Kind.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public WorkingCalendar.Kind getKind() {
    return kind;
  }

  public void setKind(WorkingCalendar.Kind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
