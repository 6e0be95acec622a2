package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.DeadlineWatch;
import cn.xinfang.petition.accountability.boundary.Notifications;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notification mail through the server's mail session to a real SMTP server (GreenMail) that the
 * test starts inside the server on a free port; mail is off unless switched on, and goes only to
 * those who gave an address.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMailIT {

    @Inject
    Fixtures fixtures;

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    DeadlineWatch watch;

    @Inject
    Notifications notifications;

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    MatterDetail routed(Fixtures.County c) throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", HandlingIT.today(), null, null, "陈某某", PetitionsIT.idNumber(),
                "13700000000", null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        return as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));
    }

    @Test
    void aDueSoonNotificationIsMailedToWhoeverGaveAnAddressOnlyWhenMailIsOn() throws Exception {
        Fixtures.County c = fixtures.county();
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            System.setProperty("petition.smtp.host", "127.0.0.1");
            System.setProperty("petition.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
            String address = "clerk-" + c.tag() + "@example.org";
            as(c.clerkA(), PASSWORD, () -> notifications.setMyEmail(address));

            // off by default: the notification is written, nothing is mailed
            MatterDetail first = routed(c);
            fixtures.setHandlingDue(first.summary().id(), HandlingIT.today().plusDays(1));
            as(c.officer(), PASSWORD, () -> watch.runNow());
            assertEquals(0, smtp.getReceivedMessages().length, "mail is off unless switched on");

            System.setProperty("petition.notify.mail", "true");
            MatterDetail m = routed(c);
            String number = m.summary().number();
            fixtures.setHandlingDue(m.summary().id(), HandlingIT.today().minusDays(1));
            as(c.officer(), PASSWORD, () -> watch.runNow());
            // the overdue clock, and the 催办单 the rule issued for it
            assertTrue(smtp.waitForIncomingEmail(15_000, 2), "two mails arrive");
            MimeMessage[] received = smtp.getReceivedMessages();
            List<MimeMessage> mine = Arrays.stream(received).filter(x -> {
                try {
                    return Arrays.stream(x.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(2, mine.size(), "two mails to the clerk");
            assertEquals(received.length, mine.size(), "the leader gave no address and gets none");
            MimeMessage overdue = mine.stream().filter(x -> subject(x).contains("已超期")).findFirst().orElseThrow();
            assertTrue(subject(overdue).contains(number), subject(overdue));
            String body = overdue.getContent().toString();
            assertTrue(body.contains(number) && body.contains("办理期限"), body);
            assertTrue(mine.stream().anyMatch(x -> subject(x).contains("收到催办单") && subject(x).contains(number)));
            for (MimeMessage x : mine) {
                assertFalse(subject(x).contains("陈某某") || x.getContent().toString().contains("陈某某"), "no petitioner in a mail");
            }
        } finally {
            System.clearProperty("petition.notify.mail");
            System.clearProperty("petition.smtp.host");
            System.clearProperty("petition.smtp.port");
            smtp.stop();
        }
    }
}
