package org.briefdesk.application.rhythm;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.report.PeriodicReportRepository;
import org.briefdesk.domain.model.report.ReportRecipients;
import org.briefdesk.domain.model.report.ReportSettings;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/** The office's settings for its rhythm (定期通报设置): read by editors, changed by administrators. */
@Stateless
public class RhythmSettingsService {

    @Inject
    PeriodicReportRepository reports;

    @Inject
    OfficeDirectory directory;

    public record SettingsView(
            ReportRecipients unitRecipients,
            List<Long> leaderIds,
            boolean mailReports,
            DayOfWeek weeklyIssueDay,
            List<OfficeDirectory.Person> leaders)
            implements Serializable {}

    public SettingsView settings(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN);
        ReportSettings s = reports.settings();
        return new SettingsView(
                s.getUnitRecipients(),
                s.getLeaderIds().stream().sorted().toList(),
                s.isMailReports(),
                s.getWeeklyIssueDay(),
                directory.leaders());
    }

    public void change(
            Actor actor,
            ReportRecipients unitRecipients,
            List<Long> leaderIds,
            boolean mailReports,
            DayOfWeek weeklyIssueDay) {
        actor.require(Role.ADMIN);
        Set<Long> known = directory.leaders().stream()
                .map(OfficeDirectory.Person::accountId)
                .collect(Collectors.toSet());
        List<Long> chosen = leaderIds == null ? List.of() : leaderIds;
        if (!known.containsAll(chosen)) {
            throw new BusinessRuleViolation("leaderIds", "只能选择在用的领导账号");
        }
        reports.settings().change(unitRecipients, chosen, mailReports, weeklyIssueDay);
    }
}
