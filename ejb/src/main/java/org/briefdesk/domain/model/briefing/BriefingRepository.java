package org.briefdesk.domain.model.briefing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.domain.model.item.Item;

/** Briefing titles and issues (简报与期次). */
public interface BriefingRepository {

    Optional<BriefingTitle> findTitle(long id);

    List<BriefingTitle> titles();

    BriefingTitle store(BriefingTitle title);

    /** Locks the title's row until the transaction ends; numbering runs under this lock. */
    BriefingTitle lockTitle(long id);

    /** The highest number given in the title's kind and year, 0 when none. */
    int lastNumber(long titleId, IssueKind kind, int year);

    /** The highest running total of the title's kind, 0 when none. */
    int lastTotal(long titleId, IssueKind kind);

    Optional<BriefingIssue> findIssue(long id);

    /** The title's issue of this kind, year and number, if it was given. */
    Optional<BriefingIssue> findIssue(long titleId, IssueKind kind, int year, int number);

    BriefingIssue store(BriefingIssue issue);

    /** Deletes an issue with its entries, recipients and stored files. */
    void delete(BriefingIssue issue);

    /** Issues, newest date first; {@code status} null for all. */
    List<BriefingIssue> issues(IssueStatus status, int limit);

    /** Published issues distributed to the account, newest first. */
    List<BriefingIssue> publishedFor(long accountId, int limit);

    /**
     * Accepted items with at least one column, used on their own (not combined into another item, not a
     * duplicate) and not yet in the issue, newest first.
     */
    List<Item> availableFor(long issueId, int limit);

    /**
     * For each of the items, the other issues it is an entry of (any title, published or not), so
     * an editor sees that an item is printed, or about to be, elsewhere.
     */
    Map<Long, List<BriefingIssue>> otherIssuesOf(Collection<Long> itemIds, long issueId);

    /** Records the first reading; later readings change nothing. Returns whether this was the first. */
    boolean markRead(long issueId, long accountId, Instant at);

    /** Of the given issues, those the account has read. */
    Set<Long> readBy(long accountId, Collection<Long> issueIds);

    /** Account id → first reading, for the issue. */
    Map<Long, Instant> readings(long issueId);

    void storeExport(long issueId, ExportFormat format, byte[] content, Instant at);

    Optional<byte[]> export(long issueId, ExportFormat format);
}
