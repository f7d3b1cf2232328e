package vn.hoso.shared;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes as PNG images (a bank transfer's VietQR, later the verification link of a copy). */
public final class QrImages {

  private QrImages() {}

  /**
   * A PNG of {@code text} as a QR code, medium error correction, about {@code size} pixels wide.
   */
  public static byte[] png(String text, int size) {
    BarcodeQRCode qr =
        new BarcodeQRCode(
            text,
            Map.of(
                EncodeHintType.ERROR_CORRECTION,
                ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET,
                "UTF-8"));
    Image modules = qr.createAwtImage(Color.BLACK, Color.WHITE);
    int w = modules.getWidth(null);
    int scale = Math.max(1, size / w);
    BufferedImage out = new BufferedImage(w * scale, w * scale, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = out.createGraphics();
    g.drawImage(modules, 0, 0, w * scale, w * scale, null);
    g.dispose();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try {
      ImageIO.write(out, "png", b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }
}
