package org.briefdesk.application.solicitation;

import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Reminds units of solicitation deadlines (约稿到期提醒): at each run ({@link SolicitationReminderJob},
 * every half hour, once per cluster) each target unit that has not answered a solicitation due within
 * a day gets one notice, and each one that missed a deadline one 约稿已逾期 notice; officers who keep
 * those kinds by mail (the default) are mailed too, through the notification centre. A singleton, so
 * two runs never remind twice.
 */
@Singleton
public class SolicitationReminders {

    @Inject
    SolicitationService solicitations;

    Clock clock = DistrictTime.clock();

    /** Reminds every unit that is due; returns how many units were reminded. */
    public int sendDueReminders() {
        Instant now = clock.instant();
        var due = solicitations.dueReminders(now);
        for (var d : due) {
            solicitations.remind(d, now);
        }
        return due.size();
    }

    /** Tells every unit that missed a deadline, once; returns how many units were told. */
    public int sendOverdueNotices() {
        Instant now = clock.instant();
        var overdue = solicitations.overdue(now);
        for (var d : overdue) {
            solicitations.noticeOverdue(d, now);
        }
        return overdue.size();
    }
}
