package vn.hoso.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.hoso.search.Highlighter;
import vn.hoso.search.SearchService;
import vn.hoso.web.security.Viewers;

/**
 * One page of a record: its scan with the searched words boxed on the image, its text with them
 * marked, and the way to the document's other pages and other hits. A page the visitor may not see
 * does not exist for them (404), the same as a page that does not exist.
 */
@Named
@RequestScoped
public class RecordView {

  @EJB private SearchService search;
  @Inject private Viewers viewers;
  @Inject private vn.hoso.web.security.CurrentUser current;
  @EJB private vn.hoso.audit.RecordReads reads;
  @Inject private HttpServletRequest request;

  private String q;
  private boolean fuzzy;
  private SearchService.PageHits hits;

  public void load() throws IOException {
    q = request.getParameter("q");
    fuzzy = "true".equals(request.getParameter("fuzzy"));
    String id = request.getParameter("page");
    Optional<SearchService.PageHits> found =
        id != null && id.matches("[0-9]{1,18}")
            ? search.page(Long.parseLong(id), q, fuzzy, viewers.of(request))
            : Optional.empty();
    if (found.isEmpty()) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      fc.responseComplete();
      return;
    }
    hits = found.get();
    current
        .actor()
        .ifPresent(a -> reads.staffViewed(a, hits.documentId(), "xem trang " + hits.pageNo()));
  }

  public SearchService.PageHits getHits() {
    return hits;
  }

  public String getQ() {
    return q;
  }

  /** A box's place on the scan, in percent of the image, as CSS. */
  public String boxStyle(Highlighter.Box b) {
    if (hits.width() == null || hits.height() == null || hits.width() == 0 || hits.height() == 0) {
      return "display:none";
    }
    double w = hits.width();
    double h = hits.height();
    return String.format(
        Locale.ROOT,
        "left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%",
        b.left() * 100 / w,
        b.top() * 100 / h,
        b.width() * 100 / w,
        b.height() * 100 / h);
  }

  public String pageLink(long pageId) {
    StringBuilder s =
        new StringBuilder(request.getContextPath()).append("/record.xhtml?page=").append(pageId);
    if (q != null && !q.isBlank()) {
      s.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    }
    if (fuzzy) {
      s.append("&fuzzy=true");
    }
    return s.toString();
  }

  /** The document's page with this number (to follow the hits), or null. */
  public String pageNoLink(int pageNo) {
    return hits.pages().stream()
        .filter(p -> p.pageNo() == pageNo)
        .findFirst()
        .map(p -> pageLink(p.pageId()))
        .orElse(null);
  }

  public String getBackLink() {
    StringBuilder s = new StringBuilder(request.getContextPath()).append("/search.xhtml");
    if (q != null && !q.isBlank()) {
      s.append("?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
      if (fuzzy) {
        s.append("&fuzzy=true");
      }
    }
    return s.toString();
  }

  /** The previous or next hit page of the document, after or before this one, or null. */
  public String hitLink(boolean next) {
    Integer target = null;
    for (int p : hits.hitPages()) {
      if (next && p > hits.pageNo() && target == null) {
        target = p;
      }
      if (!next && p < hits.pageNo()) {
        target = p;
      }
    }
    return target == null ? null : pageNoLink(target);
  }
}
