package org.briefdesk.application.solicitation;

import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.briefdesk.application.notice.MailRelay;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Reminds units of solicitation deadlines (约稿到期提醒): every half hour, each target unit that has
 * not answered a solicitation due within a day gets one in-app notice, and its officers with an
 * e-mail address one mail when a mail server is configured (see MailRelay). A singleton, so two runs
 * never remind twice.
 */
@Singleton
public class SolicitationReminders {

    @Inject
    SolicitationService solicitations;

    @Inject
    MailRelay mail;

    Clock clock = DistrictTime.clock();

    /** Reminds every unit that is due; returns how many units were reminded. */
    public int sendDueReminders() {
        Instant now = clock.instant();
        var due = solicitations.dueReminders(now);
        for (var d : due) {
            solicitations.remind(d, now);
            if (!mail.available()) {
                continue;
            }
            String subject = "【简报台】约稿到期提醒：《" + d.solicitation().getTopic() + "》";
            String text = SolicitationService.reminderText(d.solicitation());
            for (Account officer : solicitations.mailableOfficers(d.unitId())) {
                mail.send(
                        officer.getEmail(),
                        subject,
                        officer.getDisplayName() + "：\n\n" + text + "。\n\n请登录简报台，在“本单位信息”页面报送稿件。\n");
            }
        }
        return due.size();
    }
}
