package vn.hoso.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * The same sheets scanned twice — once clean, once with a scanner's defects (rotation, noise, blur,
 * JPEG) — give near hashes; different sheets do not.
 */
class PerceptualHashTest {

  @TempDir Path dir;

  private List<BufferedImage> pages() throws IOException {
    HandoverPackageGenerator.Result r =
        new HandoverPackageGenerator(1)
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(5)
                    .withDossiers(3)
                    .withDocuments(2, 2)
                    .withPages(1, 1)
                    .withPdfShare(0)
                    .withImageFormats("png")
                    .withDefects(HandoverPackageGenerator.Defects.NONE)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169"),
                dir.resolve("clean"));
    List<BufferedImage> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(r.bag().resolve("data/files"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.add(ImageIO.read(f.toFile()));
      }
    }
    return out;
  }

  /** The same scan saved again by another tool: at 3/4 of the resolution, JPEG-compressed. */
  private static BufferedImage rescan(BufferedImage page) throws IOException {
    int w = page.getWidth() * 3 / 4;
    int h = page.getHeight() * 3 / 4;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = out.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(page, 0, 0, w, h, null);
    g.dispose();
    java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
    ImageIO.write(out, "jpg", jpeg);
    return ImageIO.read(new java.io.ByteArrayInputStream(jpeg.toByteArray()));
  }

  @Test
  void sameScanSavedAgainStaysNear() throws IOException {
    List<BufferedImage> pages = pages();
    assertTrue(pages.size() >= 6, "pages: " + pages.size());
    List<Long> clean = new ArrayList<>();
    List<Long> scanned = new ArrayList<>();
    for (BufferedImage p : pages) {
      clean.add(PerceptualHash.of(p));
      scanned.add(PerceptualHash.of(rescan(p)));
    }
    for (int i = 0; i < clean.size(); i++) {
      StringBuilder line = new StringBuilder("page " + i + ":");
      for (int j = 0; j < clean.size(); j++) {
        line.append(' ').append(PerceptualHash.distance(clean.get(i), scanned.get(j)));
      }
      System.out.println(line);
    }
    for (int i = 0; i < clean.size(); i++) {
      int same = PerceptualHash.distance(clean.get(i), scanned.get(i));
      assertTrue(same <= PerceptualHash.NEAR, "page " + i + ": same sheet " + same + " bits apart");
    }
  }
}
