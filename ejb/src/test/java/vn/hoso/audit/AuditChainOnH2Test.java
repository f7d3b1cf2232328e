package vn.hoso.audit;

import vn.hoso.shared.TestDatabase;

/** The audit chain's checks on H2 in memory: always run. */
class AuditChainOnH2Test extends AuditChainContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2("audit");
  }

  @Override
  String plusOneSecond(String column) {
    return "dateadd('SECOND', 1, " + column + ")";
  }
}
