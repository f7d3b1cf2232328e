package vn.hoso.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The database's record of a file in the {@link BlobStore}: committed only after the file is on
 * disk.
 */
@Entity
@Table(name = "blob")
public class StoredBlob {

  @Id
  @Column(name = "sha256")
  private String sha256;

  @Column(name = "byte_size", nullable = false)
  private long size;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StoredBlob() {}

  public StoredBlob(String sha256, long size, String mediaType, Instant createdAt) {
    this.sha256 = sha256;
    this.size = size;
    this.mediaType = mediaType;
    this.createdAt = createdAt;
  }

  /**
   * Records a file just put in the blob store, unless the same content is recorded already.
   *
   * @return whether the row was new (false: the content was already held)
   */
  public static boolean recordIfNew(
      jakarta.persistence.EntityManager em,
      String sha256,
      long size,
      String mediaType,
      Instant createdAt) {
    if (em.find(StoredBlob.class, sha256) != null) {
      return false;
    }
    em.persist(new StoredBlob(sha256, size, mediaType, createdAt));
    return true;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  public String getMediaType() {
    return mediaType;
  }
}
