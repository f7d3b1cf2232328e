package vn.hoso.requests;

/** Pay at the counter (the clerk marks it paid), or by bank transfer with a VietQR code. */
public enum PaymentMethod {
  COUNTER,
  TRANSFER
}
