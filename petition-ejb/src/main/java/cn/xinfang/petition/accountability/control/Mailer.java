package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.NotificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Optional e-mail of each notification, off by default ({@code petition.notify.mail=true} turns it
 * on): sent through the server's mail session {@code java:jboss/mail/petition} after the
 * notification's transaction committed, to the address the recipient gave. A mail that cannot be
 * sent is logged; the in-app notification stays. The mail names the matter by its number only.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    public static final String SESSION = "java:jboss/mail/petition";

    @Inject
    AccountabilitySettings settings;

    void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated c) {
        if (c.email() == null || !settings.mailEnabled()) {
            return;
        }
        try {
            send(c.email(), c.notification());
        } catch (MessagingException | NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "notification " + c.notification().id() + " not mailed to " + c.recipient(), e);
        }
    }

    void send(String to, NotificationView n) throws MessagingException, NamingException {
        Session session = (Session) new InitialContext().lookup(SESSION);
        ResourceBundle words = ResourceBundle.getBundle("cn.xinfang.petition.accountability.control.Mail", Locale.CHINESE);
        String number = n.matterNumber() == null ? "" : n.matterNumber();
        String subject = MessageFormat.format(words.getString("subject." + n.kind()), number);
        String step = words.getString("clock." + (n.clock() == null ? "none" : n.clock().name()));
        String body = MessageFormat.format(words.getString("body"), subject, number, step,
                n.dueOn() == null ? "—" : n.dueOn().toString());
        MimeMessage m = new MimeMessage(session);
        String from = session.getProperty("mail.from");
        m.setFrom(new InternetAddress(from == null ? "petition@localhost" : from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(body, StandardCharsets.UTF_8.name());
        m.saveChanges();
        // the session's SMTP server, unless petition.smtp.host / petition.smtp.port name another now
        String host = settings.smtpHost();
        int port = settings.smtpPort();
        if (host == null && port <= 0) {
            Transport.send(m);
            return;
        }
        try (Transport t = session.getTransport("smtp")) {
            t.connect(host == null ? session.getProperty("mail.smtp.host") : host, port, null, null);
            t.sendMessage(m, m.getAllRecipients());
        }
    }
}
