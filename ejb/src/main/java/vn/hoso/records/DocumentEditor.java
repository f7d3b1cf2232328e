package vn.hoso.records;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hoso.accounts.Actor;
import vn.hoso.search.PendingReindex;
import vn.hoso.shared.Settings;

/**
 * An archivist of the holding unit corrects a document's descriptive metadata (type, number and
 * notation, issuing organ, date, summary, access level), from the dossier page or the API.
 *
 * <p>The change commits first ({@link DocumentRevisions}, with its audit entries and a durable mark
 * for the search index); the document's pages are then written to the index and the mark removed
 * ({@link PendingReindex#reindex}), before the archivist gets the answer, so that a search right
 * after finds the new words. Should the index write fail, or the server die between the two, the
 * mark stays: the index check reports it and the next start reindexes exactly that document.
 */
@Stateless
public class DocumentEditor {

  private static final Logger LOG = Logger.getLogger(DocumentEditor.class.getName());

  /**
   * Test-only switch, off unless set: the server halts (as {@code kill -9} would: no shutdown, no
   * hooks) after an edit commits and before its pages are reindexed, so that an end-to-end test can
   * show that a restart finds and repairs the difference. Never set it on a real server.
   */
  static final String HALT_AFTER_COMMIT_ENV = "HOSO_TEST_HALT_AFTER_EDIT_COMMIT";

  static final String HALT_AFTER_COMMIT_PROPERTY = "hoso.test.haltAfterEditCommit";

  private static final long HALT_DELAY_MILLIS = 3_000;

  @EJB DocumentRevisions revisions;
  @EJB PendingReindex pending;

  /** A document's metadata as the edit form and the API show it, with the version to send back. */
  public record EditableDocument(
      long id,
      String code,
      long dossierId,
      String dossierCode,
      String dossierTitle,
      String holdingUnit,
      String kind,
      Document.Metadata metadata,
      int version)
      implements Serializable {

    static EditableDocument of(Document d) {
      Dossier s = d.getDossier();
      return new EditableDocument(
          d.getId(),
          d.getCode(),
          s.getId(),
          s.getCode(),
          s.getTitle(),
          s.getReceivingCode(),
          d.getKind(),
          d.metadata(),
          d.getVersion());
    }
  }

  /** The document for its archivist to edit; anyone else is told it does not exist. */
  public EditableDocument forEdit(Actor actor, long documentId) {
    return revisions.read(actor, documentId);
  }

  /**
   * Saves the archivist's correction and brings the search index up to date with it.
   *
   * @param expectedVersion the {@link EditableDocument#version()} the archivist read
   * @param accessChangeConfirmed whether a change of the access level was confirmed
   * @return the document as saved, with its new version
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public EditableDocument edit(
      Actor actor,
      long documentId,
      int expectedVersion,
      Document.Metadata metadata,
      boolean accessChangeConfirmed) {
    EditableDocument saved =
        revisions.revise(actor, documentId, expectedVersion, metadata, accessChangeConfirmed);
    haltIfTestAsks(documentId);
    try {
      pending.reindex(documentId);
    } catch (RuntimeException e) {
      // the edit stands; its mark stays for the index check and the next start
      LOG.log(
          Level.WARNING,
          "Document " + documentId + " saved but not reindexed; it stays marked for reindexing",
          e);
    }
    return saved;
  }

  private static void haltIfTestAsks(long documentId) {
    if (Boolean.parseBoolean(
        Settings.get(HALT_AFTER_COMMIT_ENV, HALT_AFTER_COMMIT_PROPERTY, "false"))) {
      LOG.severe(
          () ->
              "Test switch "
                  + HALT_AFTER_COMMIT_PROPERTY
                  + ": halting after the edit of document "
                  + documentId
                  + " committed, before its pages are reindexed");
      // The embedded H2 writes a commit to its file within a second (its write delay); a halt
      // sooner could lose the edit itself, which is not the window under test.
      try {
        Thread.sleep(HALT_DELAY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Runtime.getRuntime().halt(137);
    }
  }
}
