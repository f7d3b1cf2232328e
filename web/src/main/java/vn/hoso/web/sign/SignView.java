package vn.hoso.web.sign;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hoso.accounts.Actor;
import vn.hoso.copies.CopyIssuing;
import vn.hoso.copies.CopyRegistry;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/**
 * The signer's desk: prepared copies of the signer's units waiting for a signature (sign several at
 * once, with progress), and the copies issued lately (revoke with a reason). Each copy is signed in
 * a transaction of its own, so one that fails (someone changed it meanwhile) does not hold back the
 * others and is reported by its reference.
 */
@Named
@ViewScoped
public class SignView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LIST_LIMIT = 500;

  @EJB transient CopyRegistry registry;
  @EJB transient CopyIssuing issuing;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;

  @Resource transient ManagedExecutorService executor;

  private List<CopyRegistry.Waiting> waiting = List.of();
  private List<CopyRegistry.Waiting> selected = new ArrayList<>();
  private List<CopyRegistry.IssuedRow> issued = List.of();
  private long waitingCount;
  private Batch batch;
  private String revokeCode;
  private String revokeReason;

  /** A batch being signed: read by the progress bar's polling while the executor works. */
  public static final class Batch implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger signed = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean finished;

    Batch(int total) {
      this.total = total;
    }

    public int getTotal() {
      return total;
    }

    public int getDone() {
      return done.get();
    }

    public int getSigned() {
      return signed.get();
    }

    public List<String> getFailures() {
      return List.copyOf(failures);
    }

    public boolean isFinished() {
      return finished;
    }

    public int getPercent() {
      return total == 0 ? 100 : (int) (100L * done.get() / total);
    }
  }

  @jakarta.annotation.PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    Actor a = current.require();
    waiting = registry.awaitingSignature(a, 0, LIST_LIMIT);
    waitingCount = registry.awaitingCount(a);
    issued = registry.issued(a, 0, 200);
    selected = new ArrayList<>();
  }

  /** Starts signing the selected requests in the background; the page polls the progress. */
  public void signSelected() {
    if (batch != null && !batch.isFinished()) {
      return;
    }
    List<CopyRegistry.Waiting> chosen = selected.stream().filter(w -> !w.ownPreparation()).toList();
    if (chosen.isEmpty()) {
      texts.error(null, "sign.batch.none");
      return;
    }
    Batch b = new Batch(chosen.size());
    batch = b;
    Actor signer = current.require();
    CopyIssuing service = issuing;
    executor.submit(
        () -> {
          try {
            for (CopyRegistry.Waiting w : chosen) {
              try {
                service.issue(w.requestId(), w.version(), signer);
                b.signed.incrementAndGet();
              } catch (InvalidInput e) {
                b.failures.add(w.reference() + ": " + e.problems().get(0).message());
              } catch (RuntimeException e) {
                b.failures.add(w.reference() + ": " + message(e));
              } finally {
                b.done.incrementAndGet();
              }
            }
          } finally {
            b.finished = true;
          }
        });
  }

  private static String message(Throwable e) {
    while (e.getCause() != null && !(e instanceof Forbidden)) {
      e = e.getCause();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Called by the poll: when the batch is over, say how it went and refresh the lists. */
  public void poll() {
    if (batch != null && batch.isFinished()) {
      texts.info(texts.get("sign.batch.done", batch.getSigned()));
      for (String f : batch.getFailures()) {
        texts.errorText(f);
      }
      Batch b = batch;
      batch = null;
      reload();
      lastBatch = b;
    }
  }

  private Batch lastBatch;

  public void askRevoke(String code) {
    revokeCode = code;
    revokeReason = null;
  }

  public void revoke() {
    try {
      registry.revoke(revokeCode, revokeReason, current.require());
      texts.info(
          texts.get("sign.done.revoke", vn.hoso.copies.VerificationCodes.grouped(revokeCode)));
      revokeCode = null;
      revokeReason = null;
      reload();
    } catch (InvalidInput e) {
      texts.problems("revokeForm", e);
    } catch (Forbidden e) {
      texts.errorText(e.getMessage());
    }
  }

  public boolean isRunning() {
    return batch != null && !batch.isFinished();
  }

  public Batch getBatch() {
    return batch != null ? batch : lastBatch;
  }

  public List<CopyRegistry.Waiting> getWaiting() {
    return waiting;
  }

  public long getWaitingCount() {
    return waitingCount;
  }

  public List<CopyRegistry.IssuedRow> getIssued() {
    return issued;
  }

  public List<CopyRegistry.Waiting> getSelected() {
    return selected;
  }

  public void setSelected(List<CopyRegistry.Waiting> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getRevokeCode() {
    return revokeCode;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }
}
