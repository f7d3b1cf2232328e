package vn.hoso.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

/**
 * The hash chain over the audit log. An entry's canonical content is each field in a fixed order,
 * every field prefixed by its length so that no two different entries share a text; its hash is
 * SHA-256 over the previous entry's hash and that text. Verifying walks the entries in sequence and
 * names the first one that does not fit: content changed (its hash no longer matches), removed (a
 * gap in the sequence, or the previous hash it carries is not the one before it), or removed at the
 * end (the head no longer matches the last entry).
 */
public final class AuditChain {

  /** The previous hash of the very first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String canonical(AuditEntry e) {
    StringBuilder b = new StringBuilder(256);
    field(b, Long.toString(e.getSeq()));
    field(b, e.getAt().toString());
    field(b, e.getActorId() == null ? null : e.getActorId().toString());
    field(b, e.getActorLabel());
    field(b, e.getAction());
    field(b, e.getTargetType());
    field(b, e.getTargetId());
    field(b, e.getUnitCode());
    field(b, e.getSubjectId() == null ? null : e.getSubjectId().toString());
    field(b, e.getRequestRef());
    field(b, e.getDetails());
    return b.toString();
  }

  private static void field(StringBuilder b, String v) {
    if (v == null) {
      b.append("-|");
    } else {
      b.append(v.length()).append(':').append(v).append('|');
    }
  }

  static String hash(String prevHash, String canonical) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(prevHash.getBytes(StandardCharsets.US_ASCII));
      md.update(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outcome of a walk: intact, or the first entry that breaks the chain and how. */
  public record Verdict(boolean intact, long checked, Long brokenAt, String problem) {

    static Verdict ok(long checked) {
      return new Verdict(true, checked, null, null);
    }

    static Verdict broken(long checked, long seq, String problem) {
      return new Verdict(false, checked, seq, problem);
    }
  }

  /**
   * Walks entries given in ascending sequence. {@code headSeq}/{@code headHash} are what the head
   * row says the newest entry is.
   */
  public static Verdict verify(Iterator<AuditEntry> entries, long headSeq, String headHash) {
    long expectedSeq = 1;
    String prev = GENESIS;
    long checked = 0;
    while (entries.hasNext()) {
      AuditEntry e = entries.next();
      if (e.getSeq() != expectedSeq) {
        return Verdict.broken(
            checked,
            expectedSeq,
            "Mục số "
                + expectedSeq
                + " đã bị xóa (mục tiếp theo còn lại là số "
                + e.getSeq()
                + ").");
      }
      if (!prev.equals(e.getPrevHash())) {
        return Verdict.broken(
            checked,
            e.getSeq(),
            "Mục số "
                + e.getSeq()
                + " không nối với mục trước nó: mục trước đã bị xóa hoặc thay thế.");
      }
      String recomputed = hash(e.getPrevHash(), canonical(e));
      if (!recomputed.equals(e.getHash())) {
        return Verdict.broken(
            checked, e.getSeq(), "Nội dung mục số " + e.getSeq() + " đã bị sửa sau khi ghi.");
      }
      prev = e.getHash();
      checked++;
      expectedSeq++;
    }
    long last = expectedSeq - 1;
    if (headSeq != last) {
      return Verdict.broken(
          checked,
          last + 1,
          headSeq > last
              ? "Các mục từ số " + (last + 1) + " đến " + headSeq + " đã bị xóa."
              : "Đầu chuỗi nhật ký (mục số "
                  + headSeq
                  + ") không khớp mục cuối (số "
                  + last
                  + ").");
    }
    if (!Optional.ofNullable(headHash).orElse("").equals(prev)) {
      return Verdict.broken(
          checked,
          last,
          "Mục cuối (số " + last + ") không khớp đầu chuỗi nhật ký: đã bị thay thế.");
    }
    return Verdict.ok(checked);
  }
}
