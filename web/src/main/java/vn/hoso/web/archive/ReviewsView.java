package vn.hoso.web.archive;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.hoso.records.PageReviews;

/** The queue of pages that may have been digitised twice; the archivist decides each. */
@Named
@ViewScoped
public class ReviewsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 10;

  @EJB private PageReviews reviews;

  private List<PageReviews.Review> rows = List.of();
  private long open;

  @PostConstruct
  void load() {
    open = reviews.countOpen();
    rows = reviews.open(0, PAGE);
  }

  public void same(long id) {
    decide(id, true);
  }

  public void different(long id) {
    decide(id, false);
  }

  private void decide(long id, boolean same) {
    reviews.decide(
        id, same, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    load();
  }

  public List<PageReviews.Review> getRows() {
    return rows;
  }

  public long getOpen() {
    return open;
  }
}
