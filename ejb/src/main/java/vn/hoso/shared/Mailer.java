package vn.hoso.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hoso.ingest.IngestSettings;

/**
 * E-mail to residents and staff, sent only once the transaction that caused it has committed (a
 * request that rolled back never announces itself). With {@code HOSO_MAIL=smtp} messages go through
 * WildFly's default mail session; otherwise — the embedded default — each is written as a {@code
 * .eml} file under {@code <data>/mail/}, where a newcomer finds the confirmation link. Sending
 * failures are logged and never undo the work already committed.
 */
@Stateless
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
  private static final AtomicLong SEQ = new AtomicLong();

  @Resource TransactionSynchronizationRegistry transactions;
  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/mail/Default")
  Session session;

  @Inject IngestSettings settings;

  public void sendAfterCommit(String to, String subject, String body) {
    if (to == null || to.isBlank() || !to.contains("@")) {
      return;
    }
    Runnable send = () -> deliver(to, subject, body);
    if (transactions.getTransactionKey() == null) {
      executor.execute(send);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(send);
            }
          }
        });
  }

  private void deliver(String to, String subject, String body) {
    try {
      MimeMessage m = new MimeMessage(session);
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      m.setSubject(subject, "UTF-8");
      m.setText(body, "UTF-8");
      m.setSentDate(new java.util.Date());
      if ("smtp".equalsIgnoreCase(setting())) {
        Transport.send(m);
      } else {
        Path dir = settings.dataDir().resolve("mail");
        Files.createDirectories(dir);
        Path f = dir.resolve(Instant.now().toEpochMilli() + "-" + SEQ.incrementAndGet() + ".eml");
        try (OutputStream out = Files.newOutputStream(f)) {
          m.writeTo(out);
        }
        LOG.info(() -> "Mail to " + to + " written to " + f + " (HOSO_MAIL is not smtp)");
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not send mail \"" + subject + "\" to " + to, e);
    }
  }

  private static String setting() {
    return Settings.get("HOSO_MAIL", "hoso.mail", "file");
  }
}
