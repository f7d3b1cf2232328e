package vn.hoso.ingest;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A 64-bit difference hash (dHash) of a page image: the page shrunk to 9×8 grey pixels, one bit per
 * pair of neighbours. Two scans of the same sheet — another scanner, another resolution, a little
 * noise or JPEG — give hashes a few bits apart; different pages differ in about half the bits. Used
 * to flag a page that may have been digitised twice, never to decide it alone.
 */
public final class PerceptualHash {

  /**
   * Hashes at most this many bits apart are put before an archivist as possibly the same page.
   * Three keeps the search exact with four 16-bit bands (see the page table's phash_b* columns).
   */
  public static final int NEAR = 3;

  /**
   * Farther than {@link #NEAR}, a pair is a candidate only when its texts agree (a slightly rotated
   * rescan moves 3–17 bits, measured in {@code PageSimilarityTest}); such pairs are found through
   * the words' bands ({@link TextBands}), not the hash's.
   */
  public static final int LOOSE = 20;

  private PerceptualHash() {}

  public static long of(BufferedImage image) {
    BufferedImage small = new BufferedImage(9, 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      // Two steps: a direct shrink of a 2,000-pixel page to 9 pixels would sample, not average.
      BufferedImage mid = new BufferedImage(144, 128, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D gm = mid.createGraphics();
      gm.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      gm.drawImage(image, 0, 0, 144, 128, null);
      gm.dispose();
      g.drawImage(mid, 0, 0, 9, 8, null);
    } finally {
      g.dispose();
    }
    long hash = 0;
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        int left = small.getRaster().getSample(x, y, 0);
        int right = small.getRaster().getSample(x + 1, y, 0);
        hash = (hash << 1) | (left > right ? 1 : 0);
      }
    }
    return hash;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }
}
