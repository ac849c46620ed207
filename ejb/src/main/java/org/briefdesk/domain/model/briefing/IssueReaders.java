package org.briefdesk.domain.model.briefing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who reads an issue inside Briefdesk (分发对象): the leaders chosen for the portal, and the units it
 * goes to, 送 (the office's member units) and/or 发 (every reporting unit). The unit choices are
 * resolved to the units of the day once, at publication, so a unit joining later does not receive
 * issues from before. Part of the {@link BriefingIssue} aggregate, which guards when they may change.
 */
@Embeddable
public class IssueReaders implements Serializable {

    /** The leaders' accounts the issue is distributed to in the portal. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "briefing_recipient", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "account_id")
    private Set<Long> recipients = new LinkedHashSet<>();

    /** 送: the issue goes to the office's member units (区创建办成员单位) inside Briefdesk. */
    @Column(name = "to_member_units", nullable = false)
    private boolean toMemberUnits;

    /** 发: the issue goes to every reporting unit inside Briefdesk. */
    @Column(name = "to_all_units", nullable = false)
    private boolean toAllUnits;

    /** The units it reached, fixed at publication from the two choices above. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "briefing_unit_recipient", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "unit_id")
    private Set<Long> unitRecipients = new LinkedHashSet<>();

    void leaders(Collection<Long> leaderAccountIds) {
        recipients.clear();
        recipients.addAll(leaderAccountIds);
    }

    void units(boolean memberUnits, boolean allUnits) {
        this.toMemberUnits = memberUnits;
        this.toAllUnits = allUnits;
    }

    /** Publication fixes the units that the choices name today. */
    void reached(Collection<Long> units) {
        unitRecipients.clear();
        unitRecipients.addAll(units);
    }

    boolean isForUnits() {
        return toMemberUnits || toAllUnits;
    }

    boolean isLeader(long accountId) {
        return recipients.contains(accountId);
    }

    boolean isUnit(long unitId) {
        return unitRecipients.contains(unitId);
    }

    /** A leader it is distributed to, or an officer of a unit it reached ({@code officerUnitId} null for others). */
    boolean include(long accountId, Long officerUnitId) {
        return recipients.contains(accountId) || (officerUnitId != null && unitRecipients.contains(officerUnitId));
    }

    Set<Long> leaders() {
        return Set.copyOf(recipients);
    }

    boolean isToMemberUnits() {
        return toMemberUnits;
    }

    boolean isToAllUnits() {
        return toAllUnits;
    }

    Set<Long> units() {
        return Set.copyOf(unitRecipients);
    }
}
