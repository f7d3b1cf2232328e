package vn.hoso.copies;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import vn.hoso.copies.CopyContent.PageScan;
import vn.hoso.signing.PadesSigner;
import vn.hoso.signing.SigningKey;
import vn.hoso.signing.UnitKeyStore;

/**
 * Time to build and sign a 10-page certified copy (ten A4 JPEG scans at 150 dpi), beside two raw
 * iText baselines in the same run: the same pages written straight with iText (certification text,
 * QR code, stamped scan pages, visible signature — what the target ratio compares with), and the
 * least iText needs (a PDF/A-2B holding the ten JPEGs with one text line, signed invisibly — what
 * the certification page and the stamps cost). All three take turns, so they see the same JIT
 * state, heap and machine load. Not a unit test (surefire excludes *Benchmark); run with {@code
 * ./hoso bench-copy [iterations=100] [warm-up=100]} — iText's layout needs about a hundred rounds
 * before the JIT settles.
 */
public final class CopyBenchmark {

  private CopyBenchmark() {}

  private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  private static final String BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;

    List<byte[]> jpegs = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      jpegs.add(
          CopyFixtures.encode(
              grain(CopyFixtures.page("TRANG " + i, 150, BufferedImage.TYPE_INT_RGB), i), "jpg"));
    }
    List<PageScan> scans = new ArrayList<>();
    for (int i = 0; i < jpegs.size(); i++) {
      scans.add(CopyFixtures.scan(i + 1, "image/jpeg", jpegs.get(i), null));
    }
    long scanBytes = jpegs.stream().mapToLong(b -> b.length).sum();
    CopyContent content = CopyFixtures.copy(CopyKind.ARCHIVE_COPY, scans);
    Path keys = Files.createTempDirectory("hoso-bench-keys-");
    SigningKey key = UnitKeyStore.local(keys).keyFor("27169", "Phường Diên Hồng");
    PadesSigner signer = new PadesSigner(Optional.empty());
    PadesSigner.Visible visible =
        new PadesSigner.Visible(
            1, CertifiedCopyPdf.signatureBox(), "Trần Quốc Huy", "Phó Chủ tịch");

    System.out.printf(
        "10 JPEG scans, A4 at 150 dpi, %.0f kB in all; %d warm-up rounds, %d measured%n",
        scanBytes / 1024.0, warmUp, iterations);
    long[] hoso = new long[iterations];
    long[] raw = new long[iterations];
    long[] same = new long[iterations];
    long[] hosoCpu = new long[iterations];
    long[] rawCpu = new long[iterations];
    long[] sameCpu = new long[iterations];
    int[] sizes = new int[3];
    for (int i = -warmUp; i < iterations; i++) {
      // rotate which goes first, so none always runs on a heap another just filled
      long[][] t = new long[3][];
      for (int k = 0; k < 3; k++) {
        int which = (i + k) % 3 < 0 ? (i + k) % 3 + 3 : (i + k) % 3;
        t[which] =
            switch (which) {
              case 0 -> timed(() -> sizes[0] = hoso(content, signer, key, visible).length);
              case 1 -> timed(() -> sizes[1] = baseline(jpegs, key).length);
              default -> timed(() -> sizes[2] = samePages(content, jpegs, key).length);
            };
      }
      if (i >= 0) {
        hoso[i] = t[0][0];
        hosoCpu[i] = t[0][1];
        raw[i] = t[1][0];
        rawCpu[i] = t[1][1];
        same[i] = t[2][0];
        sameCpu[i] = t[2][1];
      }
    }
    System.out.println("wall-clock time:");
    report("hoso certified copy (build + visible PAdES signature)", hoso, sizes[0]);
    report("raw iText, the same pages (text, stamps, QR, visible sig.)", same, sizes[2]);
    report("raw iText, scans only (PDF/A-2B + PdfPadesSigner)", raw, sizes[1]);
    System.out.println("CPU time of the benchmark thread (less disturbed by other load):");
    report("hoso certified copy", hosoCpu, sizes[0]);
    report("raw iText, the same pages", sameCpu, sizes[2]);
    report("raw iText, scans only", rawCpu, sizes[1]);
    System.out.printf(
        "ratio raw iText (same pages)/hoso at p50: %.2f wall, %.2f CPU (target >= 0.80)%n",
        (double) percentile(same, 50) / percentile(hoso, 50),
        (double) percentile(sameCpu, 50) / percentile(hosoCpu, 50));
    System.out.printf(
        "ratio raw iText (scans only)/hoso at p50: %.2f wall, %.2f CPU (what the certification"
            + " page and the stamps cost)%n",
        (double) percentile(raw, 50) / percentile(hoso, 50),
        (double) percentile(rawCpu, 50) / percentile(hosoCpu, 50));
    System.out.printf(
        "hoso p50 %.1f ms wall, %.1f ms CPU (target <= 50 ms)%n",
        percentile(hoso, 50) / 1e6, percentile(hosoCpu, 50) / 1e6);
    System.out.printf(
        "machine load average while measuring: %.2f on %d cores%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  private interface Job {
    void run() throws Exception;
  }

  /** Wall-clock and thread CPU nanoseconds of one run. */
  private static long[] timed(Job job) throws Exception {
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    job.run();
    long t1 = System.nanoTime();
    long cpu1 = THREADS.getCurrentThreadCpuTime();
    return new long[] {t1 - t0, cpu1 - cpu0};
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static byte[] hoso(
      CopyContent c, PadesSigner signer, SigningKey key, PadesSigner.Visible visible)
      throws Exception {
    return signer.sign(CertifiedCopyPdf.build(c), key, CertifiedCopyPdfTest.PURPOSE, visible);
  }

  /**
   * The same pages written straight with iText, as a developer would without hoso's model: the
   * certification text (letterhead, title, the record's facts, the conversion mark, the closing),
   * the QR code, and each scan with its "BẢN SAO" stamp, page number, code and QR; PDF/A-2B, fonts
   * loaded the usual way, signed visibly with the same key. No structure tree, no sidecar.
   */
  private static byte[] samePages(CopyContent c, List<byte[]> jpegs, SigningKey key)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfOutputIntent intent = srgb();
    int total = 1 + jpegs.size();
    try (PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B, intent);
        Document doc = new Document(pdf, PageSize.A4)) {
      PdfFont font =
          PdfFontFactory.createFont(
              FONT, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
      PdfFont bold =
          PdfFontFactory.createFont(
              BOLD, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
      doc.setFont(font).setFontSize(10);
      var qr =
          new com.itextpdf.barcodes.BarcodeQRCode(c.verifyUrl())
              .createFormXObject(com.itextpdf.kernel.colors.ColorConstants.BLACK, pdf);
      doc.add(new Paragraph("UBND " + c.issuingUnit().name().toUpperCase()).setFont(bold));
      doc.add(new Paragraph("Số: " + c.registerNo() + "/" + c.registerYear() + "/BS"));
      doc.add(new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").setFont(bold));
      doc.add(new Paragraph("Độc lập - Tự do - Hạnh phúc").setFont(bold));
      doc.add(new Paragraph(c.kind().title().toUpperCase()).setFont(bold).setFontSize(14));
      CopyContent.RecordInfo r = c.record();
      for (String line :
          List.of(
              "Căn cứ pháp luật về lưu trữ và Luật Giao dịch điện tử số 20/2023/QH15;",
              "Đơn vị cấp bản sao: UBND " + c.issuingUnit().name(),
              "Đơn vị có tài liệu gốc: " + c.originUnit().name(),
              "Loại tài liệu: " + r.typeName() + ", số " + r.number() + "/" + r.notation(),
              "Ngày văn bản: " + r.issuedDate() + ", " + r.issuingOrgan(),
              "Phông, hồ sơ: " + r.fondsCode() + " – " + r.dossierCode() + " – " + r.dossierTitle(),
              "Mã tài liệu: " + r.documentCode(),
              "Số trang sao: " + jpegs.size(),
              "Sổ cấp bản sao: " + c.registerLabel(),
              "Thời điểm cấp: " + c.issuedAt(),
              "Mã xác thực: " + c.code())) {
        doc.add(new Paragraph(line));
      }
      doc.add(
          new Paragraph(
                  "ĐÃ CHUYỂN ĐỔI TỪ VĂN BẢN GIẤY SANG DẠNG ĐIỆN TỬ bởi "
                      + c.digitisedBy()
                      + " ngày "
                      + c.digitisedOn()
                      + "; bản sao này do UBND "
                      + c.issuingUnit().name()
                      + " cấp từ bản số hóa đó.")
              .setBorder(new com.itextpdf.layout.borders.SolidBorder(1)));
      doc.add(new Image(qr).scaleToFit(72, 72));
      doc.add(new Paragraph("Người chuẩn bị: " + c.preparerName()));
      doc.add(new Paragraph(c.signerTitle().toUpperCase() + " " + c.signerName()).setFont(bold));
      for (int i = 0; i < jpegs.size(); i++) {
        doc.add(new AreaBreak());
        doc.add(new Image(ImageDataFactory.create(jpegs.get(i))).setAutoScale(true));
        var page = pdf.getLastPage();
        var canvas = new com.itextpdf.kernel.pdf.canvas.PdfCanvas(page);
        canvas
            .setStrokeColor(com.itextpdf.kernel.colors.ColorConstants.RED)
            .rectangle(440, 790, 110, 28)
            .stroke();
        canvas.addXObjectFittedIntoRectangle(
            qr, new com.itextpdf.kernel.geom.Rectangle(36, 20, 48, 48));
        doc.showTextAligned(
            new Paragraph("BẢN SAO").setFont(bold).setFontSize(14),
            495,
            797,
            pdf.getNumberOfPages(),
            com.itextpdf.layout.properties.TextAlignment.CENTER,
            com.itextpdf.layout.properties.VerticalAlignment.BOTTOM,
            0);
        doc.showTextAligned(
            new Paragraph("Trang " + (i + 2) + "/" + total + " · Mã xác thực: " + c.code())
                .setFontSize(8),
            559,
            30,
            pdf.getNumberOfPages(),
            com.itextpdf.layout.properties.TextAlignment.RIGHT,
            com.itextpdf.layout.properties.VerticalAlignment.BOTTOM,
            0);
      }
    }
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    var appearance =
        new com.itextpdf.forms.form.element.SignatureFieldAppearance(SignerProperties.IGNORED_ID)
            .setContent("Ký bởi: " + c.signerName() + "\nChức vụ: " + c.signerTitle());
    appearance.setFont(
        PdfFontFactory.createFont(
            FONT, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED));
    new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(out.toByteArray())), signed)
        .setStampingProperties(new StampingProperties().useAppendMode())
        .signWithBaselineBProfile(
            new SignerProperties()
                .setFieldName("sig")
                .setPageNumber(1)
                .setPageRect(CertifiedCopyPdf.signatureBox())
                .setSignatureAppearance(appearance),
            key.chain().toArray(new Certificate[0]),
            new PrivateKeySignature(key.privateKey(), DigestAlgorithms.SHA256, null));
    return signed.toByteArray();
  }

  /** The sRGB output intent PDF/A asks for, as a raw iText user writes it. */
  private static PdfOutputIntent srgb() {
    return new PdfOutputIntent(
        "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB));
  }

  /** The least iText needs for the same job: PDF/A-2B, ten JPEGs, one text line, a signature. */
  private static byte[] baseline(List<byte[]> jpegs, SigningKey key) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfOutputIntent intent = srgb();
    try (PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B, intent);
        Document doc = new Document(pdf, PageSize.A4)) {
      PdfFont font =
          PdfFontFactory.createFont(
              FONT, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
      for (int i = 0; i < jpegs.size(); i++) {
        if (i > 0) {
          doc.add(new AreaBreak());
        }
        doc.add(new Paragraph("Bản sao – trang " + (i + 1)).setFont(font));
        doc.add(new Image(ImageDataFactory.create(jpegs.get(i))).setAutoScale(true));
      }
    }
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(out.toByteArray())), signed)
        .setStampingProperties(new StampingProperties().useAppendMode())
        .signWithBaselineBProfile(
            new SignerProperties().setFieldName("sig"),
            key.chain().toArray(new Certificate[0]),
            new PrivateKeySignature(key.privateKey(), DigestAlgorithms.SHA256, null));
    return signed.toByteArray();
  }

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** Paper grain and a little noise, so the JPEGs weigh what real 150 dpi scans weigh. */
  private static BufferedImage grain(BufferedImage img, long seed) {
    Random r = new Random(seed);
    Graphics2D g = img.createGraphics();
    for (int i = 0; i < 60_000; i++) {
      int v = 200 + r.nextInt(50);
      g.setColor(new Color(v, v - 3, v - 12));
      g.fillRect(r.nextInt(img.getWidth()), r.nextInt(img.getHeight()), 2, 2);
    }
    g.dispose();
    return img;
  }

  private static void report(String what, long[] nanos, int bytes) {
    double mean = Arrays.stream(nanos).average().orElse(0);
    System.out.printf(
        "%-55s p50 %6.1f ms  p99 %6.1f ms  %5.1f copies/s  %5.0f kB%n",
        what, percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, 1e9 / mean, bytes / 1024.0);
  }

  private static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
