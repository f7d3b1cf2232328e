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
