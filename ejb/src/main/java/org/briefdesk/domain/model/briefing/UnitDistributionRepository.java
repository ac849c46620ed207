package org.briefdesk.domain.model.briefing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Issues sent to units (印发各单位) and each unit's first reading of them (已阅). */
public interface UnitDistributionRepository {

    /** Published issues that reached the unit, newest first. */
    List<BriefingIssue> publishedForUnit(long unitId, int limit);

    /** Records the unit's first reading (by one of its officers); later readings change nothing. */
    void markRead(long issueId, long unitId, long accountId, Instant at);

    /** Of the given issues, those the unit has read. */
    Set<Long> readBy(long unitId, Collection<Long> issueIds);

    /** Unit id → first reading, for the issue. */
    Map<Long, Instant> readings(long issueId);

    /** For each item, the published issues it was printed in (刊用), oldest first. */
    Map<Long, List<BriefingIssue>> printedIn(Collection<Long> itemIds);
}
