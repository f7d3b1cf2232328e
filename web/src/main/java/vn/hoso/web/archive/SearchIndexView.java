package vn.hoso.web.archive;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import vn.hoso.search.SearchIndexAdmin;
import vn.hoso.search.SearchIndexRecovery;
import vn.hoso.web.shell.Texts;

/** Staff screen for the search index: compare it with the database, rebuild it with progress. */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SearchIndexAdmin admin;
  @EJB private SearchIndexRecovery recovery;
  @Inject private Texts texts;
  @Inject private transient HttpServletRequest request;

  private SearchIndexAdmin.Check check;

  public SearchIndexAdmin.Progress getProgress() {
    return admin.progress();
  }

  /** Percent done of the running or last rebuild. */
  public int getPercent() {
    SearchIndexAdmin.Progress p = admin.progress();
    if (p.total() <= 0) {
      return p.running() ? 0 : (p.finishedAt() == null ? 0 : 100);
    }
    return (int) Math.min(100, p.done() * 100 / p.total());
  }

  /** What the last start found and did, or null until the comparison at start has run. */
  public SearchIndexRecovery.Recovery getRecovery() {
    return recovery.lastRecovery().orElse(null);
  }

  public void check() {
    check = admin.check();
  }

  public SearchIndexAdmin.Check getCheck() {
    return check;
  }

  /** The documents whose edit may not be in the index yet, as the check named them: "12, 15". */
  public String getPendingDocuments() {
    return check == null
        ? ""
        : String.join(", ", check.sampledPendingDocuments().stream().map(String::valueOf).toList());
  }

  public void rebuild() {
    if (admin.startRebuild(request.getUserPrincipal().getName())) {
      admin.rebuild();
      check = null;
    } else {
      texts.error(null, "index.rebuild.running");
    }
  }
}
