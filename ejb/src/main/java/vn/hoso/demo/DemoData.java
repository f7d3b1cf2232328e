package vn.hoso.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.hoso.demo.HandoverPackageGenerator.Defects;
import vn.hoso.demo.HandoverPackageGenerator.Options;
import vn.hoso.demo.HandoverPackageGenerator.Result;

/**
 * The demo records the portal loads on its first start: three handover packages, about a hundred
 * pages in all, as three old units would have sent them after the 2025 merger.
 *
 * <ul>
 *   <li>Phường 14, Quận 10, TP. Hồ Chí Minh (now Phường Diên Hồng): a directory bag with the
 *       contractor's OCR text; it names Nguyễn Văn Đức, whom the search demos look for;
 *   <li>Phường Trúc Bạch, Quận Ba Đình, Hà Nội (now Phường Ba Đình): a directory bag with more
 *       PDFs, scanned and born digital;
 *   <li>Xã Tân Thông Hội, Huyện Củ Chi, TP. Hồ Chí Minh: a zipped bag.
 * </ul>
 *
 * All light scan defects, mixed kinds of records; fixed seeds, so every start produces the same
 * bytes.
 */
public final class DemoData {

  private DemoData() {}

  /**
   * Writes the demo packages into {@code dir} (each beside its {@code .truth.jsonl}), replacing
   * earlier copies; returns what was written, in a few seconds.
   */
  public static List<Result> writeDemoSet(Path dir) throws IOException {
    Options base =
        Options.defaults()
            .withDefects(Defects.LIGHT)
            .withDpi(200)
            .withDocuments(2, 3)
            .withPages(1, 3);
    HandoverPackageGenerator g = new HandoverPackageGenerator();
    Result ward =
        g.generate(
            base.withSeed(20250701L)
                .withOrigin("commune:27169")
                .withDossiers(8)
                .withImageFormats("jpg")
                .withPdfShare(0.15)
                .withText(true),
            dir);
    Result hanoi =
        g.generate(
            base.withSeed(20250702L)
                .withOrigin("commune:00004")
                .withDossiers(7)
                .withImageFormats("jpg", "jpg", "jpg", "tif")
                .withPdfShare(0.4),
            dir);
    Result rural =
        g.generate(
            base.withSeed(20250703L)
                .withOrigin("commune:27556")
                .withDossiers(5)
                .withImageFormats("jpg", "jpg", "jpg", "png")
                .withPdfShare(0.2)
                .withZip(true),
            dir);
    return List.of(ward, hanoi, rural);
  }
}
