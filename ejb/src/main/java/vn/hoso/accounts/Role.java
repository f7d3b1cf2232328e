package vn.hoso.accounts;

/** Staff roles (cán bộ tiếp nhận, lãnh đạo ký duyệt, văn thư lưu trữ, quản trị). */
public enum Role {
  CLERK,
  SIGNER,
  ARCHIVIST,
  ADMIN
}
