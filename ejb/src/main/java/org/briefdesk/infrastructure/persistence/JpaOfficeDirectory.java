package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.rhythm.OfficeDirectory;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.report.ReportRecipients;
import org.briefdesk.domain.model.unit.Unit;

@ApplicationScoped
public class JpaOfficeDirectory implements OfficeDirectory {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<Long> reportUnits(ReportRecipients which) {
        if (which == ReportRecipients.NO_UNITS) {
            return List.of();
        }
        // The office itself (区创建办) issues the reports; it is not among their recipients.
        return em.createQuery("select u from Unit u where u.active = true order by u.id", Unit.class)
                .getResultStream()
                .filter(u -> !u.isOffice())
                .filter(u -> which == ReportRecipients.ALL_UNITS || u.isKeyUnit())
                .map(Unit::getId)
                .toList();
    }

    @Override
    public List<Person> mailableOfficers(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from Account a where a.active = true and a.role = :r and a.unit.id in :u"
                                + " and a.email is not null order by a.id",
                        Account.class)
                .setParameter("r", Role.OFFICER)
                .setParameter("u", unitIds)
                .getResultStream()
                .map(JpaOfficeDirectory::person)
                .toList();
    }

    @Override
    public List<Person> people(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from Account a where a.active = true and a.id in :ids order by a.id", Account.class)
                .setParameter("ids", accountIds)
                .getResultStream()
                .map(JpaOfficeDirectory::person)
                .toList();
    }

    @Override
    public List<Person> editors() {
        return byRole(Role.EDITOR);
    }

    @Override
    public List<Person> leaders() {
        return byRole(Role.LEADER);
    }

    private List<Person> byRole(Role role) {
        return em.createQuery(
                        "select a from Account a where a.active = true and a.role = :r order by a.id", Account.class)
                .setParameter("r", role)
                .getResultStream()
                .map(JpaOfficeDirectory::person)
                .toList();
    }

    @Override
    public Map<Long, String> unitNames(Collection<Long> unitIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return names;
        }
        em.createQuery("select u from Unit u where u.id in :ids order by u.id", Unit.class)
                .setParameter("ids", unitIds)
                .getResultStream()
                .forEach(u -> names.put(u.getId(), u.getName()));
        return names;
    }

    @Override
    public long regularIssuesPublished(Instant from, Instant to) {
        return em.createQuery(
                        "select count(i) from BriefingIssue i where i.status = :s and i.number.kind = :k"
                                + " and i.credits.publishedAt >= :from and i.credits.publishedAt < :to",
                        Long.class)
                .setParameter("s", IssueStatus.PUBLISHED)
                .setParameter("k", IssueKind.REGULAR)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    private static Person person(Account a) {
        return new Person(a.getId(), a.getDisplayName(), a.getEmail());
    }
}
