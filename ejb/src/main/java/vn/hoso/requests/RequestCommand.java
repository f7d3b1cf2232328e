package vn.hoso.requests;

import java.time.Instant;
import java.util.List;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;

/**
 * A transition of a copy request. Each command declares who may issue it — a staff role acting for
 * the request's holding unit, or the requester — and what it does to the request; {@link
 * RequestEngine} checks the first and applies the second, with the audit entry, in one transaction.
 */
public sealed interface RequestCommand {

  /** The staff role needed, or null when only the requester may issue the command. */
  Role role();

  /** Applies the change (the entity refuses illegal ones) and says what to put on the timeline. */
  RequestEvent.Kind apply(CopyRequest r, Actor actor, Instant now);

  /** The text for the timeline and the audit entry (a reason, a question, an answer), or null. */
  default String message() {
    return null;
  }

  /** Whether the command means nothing without its text (a question, a reason, an answer). */
  default boolean requiresMessage() {
    return false;
  }

  /** Files sent with the command (the requester's answer may carry more proofs). */
  default List<ProofFiles.Upload> proofs() {
    return List.of();
  }

  /** The clerk takes the request to work on it. */
  record Take() implements RequestCommand {
    public Role role() {
      return Role.CLERK;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.take(a.accountId());
      return RequestEvent.Kind.TAKEN;
    }
  }

  /** The clerk asks the requester for more information or proofs. */
  record AskForInformation(String message) implements RequestCommand {
    @Override
    public boolean requiresMessage() {
      return true;
    }

    public Role role() {
      return Role.CLERK;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.askForInformation(a.accountId());
      return RequestEvent.Kind.INFO_REQUESTED;
    }
  }

  /** The requester answers the clerk's question, possibly with more files. */
  record Answer(String message, List<ProofFiles.Upload> proofs) implements RequestCommand {
    public Answer {
      proofs = proofs == null ? List.of() : List.copyOf(proofs);
    }

    @Override
    public boolean requiresMessage() {
      return true;
    }

    public Role role() {
      return null;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.answered();
      return RequestEvent.Kind.ANSWERED;
    }
  }

  /** The clerk records that the fee was paid (at the counter, or the transfer arrived). */
  record MarkPaid() implements RequestCommand {
    public Role role() {
      return Role.CLERK;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.markPaid(a.accountId(), now);
      return RequestEvent.Kind.PAID;
    }
  }

  /** The clerk refuses the request, with the reason the requester will read. */
  record Reject(String message) implements RequestCommand {
    @Override
    public boolean requiresMessage() {
      return true;
    }

    public Role role() {
      return Role.CLERK;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.reject(a.accountId(), message);
      return RequestEvent.Kind.REJECTED;
    }
  }

  /** The clerk prepares the copy from the chosen pages; it now waits for a signer. */
  record Prepare(List<Integer> pages) implements RequestCommand {
    public Prepare {
      pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public Role role() {
      return Role.CLERK;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.prepare(a.accountId(), pages, now);
      return RequestEvent.Kind.PREPARED;
    }

    @Override
    public String message() {
      return "Trang " + pages;
    }
  }

  /** The clerk searched the archive and found no record: a notice is prepared for the signer. */
  record PrepareNoRecord(String message) implements RequestCommand {
    @Override
    public boolean requiresMessage() {
      return true;
    }

    public Role role() {
      return Role.CLERK;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.prepareNoRecord(a.accountId(), now);
      return RequestEvent.Kind.NO_RECORD;
    }
  }

  /**
   * A signer of the holding unit signs what was prepared. Issued by {@code CopyIssuing}, which
   * builds and signs the file in the same transaction.
   */
  record Sign(String label) implements RequestCommand {
    public Role role() {
      return Role.SIGNER;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.issue(a.accountId());
      return RequestEvent.Kind.ISSUED;
    }

    @Override
    public String message() {
      return label;
    }
  }

  /**
   * The clerk found the record a "cannot find it" request describes. Built by {@link
   * RequestService#attachRecord} after it checked the document is held by the request's unit and
   * priced it.
   */
  record AttachRecord(long documentId, String feeRule, int feePages, long feeVnd, String label)
      implements RequestCommand {
    public Role role() {
      return Role.CLERK;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.attachRecord(a.accountId(), documentId, feeRule, feePages, feeVnd);
      return RequestEvent.Kind.RECORD_FOUND;
    }

    @Override
    public String message() {
      return label;
    }
  }

  /** The requester withdraws the request before the copy is prepared. */
  record Withdraw(String message) implements RequestCommand {
    public Role role() {
      return null;
    }

    public RequestEvent.Kind apply(CopyRequest r, Actor a, Instant now) {
      r.withdraw(message);
      return RequestEvent.Kind.WITHDRAWN;
    }
  }
}
