package vn.hoso.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

  @TempDir Path dir;

  @Test
  void storesByDigestAndOnlyOnce() throws IOException {
    BlobStore store = new BlobStore(dir);
    byte[] bytes = "Giấy khai sinh".getBytes(StandardCharsets.UTF_8);
    BlobStore.Stored first = store.put(new ByteArrayInputStream(bytes));
    BlobStore.Stored again = store.put(new ByteArrayInputStream(bytes));
    assertTrue(first.sha256().matches("[0-9a-f]{64}"), first.sha256());
    assertFalse(first.alreadyPresent());
    assertTrue(again.alreadyPresent());
    assertEquals(first.sha256(), again.sha256());
    assertEquals(bytes.length, first.size());
    try (InputStream in = store.open(first.sha256())) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    Path file = store.path(first.sha256());
    assertEquals(
        dir.resolve(first.sha256().substring(0, 2)).resolve(first.sha256().substring(2, 4)),
        file.getParent());
    try (Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
      assertEquals(0, tmp.count(), "no temporary file left behind");
    }
  }

  @Test
  void digestMatchesTheStandardOne() throws Exception {
    BlobStore store = new BlobStore(dir);
    // SHA-256("abc") from FIPS 180-2, appendix B.1
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII))).sha256());
  }

  @Test
  void aFailedWriteLeavesNothing() throws IOException {
    BlobStore store = new BlobStore(dir);
    InputStream broken =
        new InputStream() {
          int n;

          @Override
          public int read() throws IOException {
            if (n++ > 1000) {
              throw new IOException("connection reset");
            }
            return 'x';
          }
        };
    assertThrows(IOException.class, () -> store.put(broken));
    try (Stream<Path> all = Files.walk(dir)) {
      assertEquals(0, all.filter(Files::isRegularFile).count(), "no partial file anywhere");
    }
  }

  @Test
  void refusesWhatIsNotADigest() {
    BlobStore store = new BlobStore(dir);
    assertFalse(store.contains("../../etc/passwd"));
    assertTrue(store.find("ABC").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> store.path("../x"));
  }
}
