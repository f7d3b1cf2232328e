package vn.hoso.requests;

/**
 * Who is asking, relative to the person on the record (Decree 23/2015/NĐ-CP Art. 16): the person
 * themselves; their parent, child, spouse or sibling, or another heir, when that person has died; a
 * legal or authorised representative. A business asks for records carrying its own code. Every
 * relation but SELF and BUSINESS needs proof documents.
 */
public enum Relation {
  SELF(false, false),
  PARENT(true, true),
  CHILD(true, true),
  SPOUSE(true, true),
  SIBLING(true, true),
  HEIR(true, true),
  LEGAL_REPRESENTATIVE(true, false),
  AUTHORISED_REPRESENTATIVE(true, false),
  BUSINESS(false, false);

  private final boolean needsProof;
  private final boolean onlyAfterDeath;

  Relation(boolean needsProof, boolean onlyAfterDeath) {
    this.needsProof = needsProof;
    this.onlyAfterDeath = onlyAfterDeath;
  }

  public boolean needsProof() {
    return needsProof;
  }

  /** Relatives and heirs ask for a person's record only when that person has died. */
  public boolean onlyAfterDeath() {
    return onlyAfterDeath;
  }
}
