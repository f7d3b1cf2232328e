package vn.hoso.web.clerk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.hoso.requests.ClerkDesk;
import vn.hoso.requests.RequestCommand;
import vn.hoso.requests.RequestEngine;
import vn.hoso.requests.RequestService;
import vn.hoso.requests.RequestState;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/**
 * The clerk's queue: requests held by the clerk's units, due first, loaded a page at a time, with
 * filters, deadline badges, "take", and a small summary of states and the on-time rate.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient RequestService requests;
  @EJB transient ClerkDesk desk;
  @EJB transient RequestEngine engine;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;

  private RequestState state;
  private String kind;
  private LocalDate dueBy;
  private boolean overdueOnly;
  private boolean mineOnly;
  private ClerkDesk.Stats stats;

  private final LazyDataModel<RequestService.RequestRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) desk.queueCount(current.require(), filter());
        }

        @Override
        public List<RequestService.RequestRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return desk.queue(current.require(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(RequestService.RequestRow row) {
          return Long.toString(row.id());
        }
      };

  private ClerkDesk.QueueFilter filter() {
    return new ClerkDesk.QueueFilter(state, kind, dueBy, overdueOnly, mineOnly);
  }

  public void take(RequestService.RequestRow row) {
    try {
      engine.execute(row.id(), row.version(), new RequestCommand.Take(), current.require());
      texts.info(texts.get("queue.taken", row.reference()));
    } catch (InvalidInput e) {
      texts.errorText(e.problems().get(0).message());
    } catch (Conflict e) {
      texts.errorText(e.getMessage());
    }
    stats = null;
  }

  public ClerkDesk.Stats getStats() {
    if (stats == null) {
      stats = desk.stats(current.require());
    }
    return stats;
  }

  /** The bar width of a state in the summary, in percent of the largest. */
  public int barPercent(RequestState s) {
    long max = getStats().perState().values().stream().mapToLong(Long::longValue).max().orElse(0);
    return max == 0 ? 0 : (int) (getStats().perState().get(s) * 100 / max);
  }

  public void applyFilter() {
    stats = null;
  }

  public LazyDataModel<RequestService.RequestRow> getModel() {
    return model;
  }

  public RequestState[] getStates() {
    return RequestState.values();
  }

  public RequestState getState() {
    return state;
  }

  public void setState(RequestState state) {
    this.state = state;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null || kind.isBlank() ? null : kind;
  }

  public LocalDate getDueBy() {
    return dueBy;
  }

  public void setDueBy(LocalDate dueBy) {
    this.dueBy = dueBy;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public boolean isMineOnly() {
    return mineOnly;
  }

  public void setMineOnly(boolean mineOnly) {
    this.mineOnly = mineOnly;
  }

  public long getMyId() {
    return current.require().accountId();
  }
}
