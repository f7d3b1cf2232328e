package vn.hoso.audit;

/** The audit chain's checks on H2 in memory: always run. */
class AuditChainOnH2Test extends AuditChainContract {
  @Override
  void newDatabase() {
    url = "jdbc:h2:mem:audit" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    user = "sa";
    password = "";
  }

  @Override
  String plusOneSecond(String column) {
    return "dateadd('SECOND', 1, " + column + ")";
  }
}
