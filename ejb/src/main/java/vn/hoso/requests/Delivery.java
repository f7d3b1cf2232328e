package vn.hoso.requests;

/** How the copy reaches the requester: download, collect at the counter, or by post. */
public enum Delivery {
  DOWNLOAD,
  COUNTER,
  POST
}
