package vn.hoso.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateHandoverPackagesTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GenerateHandoverPackages.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheRequestedPackages() throws Exception {
    int code =
        run(
            "--out",
            dir.toString(),
            "--packages",
            "2",
            "--dossiers",
            "1",
            "--docs-per-dossier",
            "1-1",
            "--pages-per-doc",
            "1-1",
            "--seed",
            "3",
            "--defects",
            "none",
            "--zip",
            "--text",
            "--origin",
            "commune:27169");
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(4, files.count(), "two zips and two truth files");
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("commune:27169 -> 27169"), printed);
    assertTrue(printed.contains("2 packages"), printed);
  }

  @Test
  void explainsUsageOnBadArguments() {
    assertEquals(2, run("--dossiers", "3"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out is required"));
    assertEquals(2, run("--out", dir.toString(), "--defects", "medium"));
    assertEquals(2, run("--out", dir.toString(), "--pages-per-doc", "3-1"));
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage:"));
  }
}
