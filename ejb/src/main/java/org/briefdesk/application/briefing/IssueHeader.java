package org.briefdesk.application.briefing;

import java.time.LocalDate;
import java.util.Collection;
import org.briefdesk.domain.model.briefing.Distribution;

/**
 * The issue page's header form (期次信息): date, editor's note (编者按), the 报/送/发 block, extra
 * recipients printed below it, whether to mail the published PDF, the leaders who read it online, and
 * 密级 and 份号 where the office needs them (null: not printed).
 */
public record IssueHeader(
        LocalDate issueDate,
        String editorNote,
        Distribution distribution,
        String extraRecipients,
        boolean mailOnPublish,
        Collection<Long> recipientIds,
        String classification,
        String copyNumber) {

    /** A header without 密级 and 份号. */
    public IssueHeader(
            LocalDate issueDate,
            String editorNote,
            Distribution distribution,
            String extraRecipients,
            boolean mailOnPublish,
            Collection<Long> recipientIds) {
        this(issueDate, editorNote, distribution, extraRecipients, mailOnPublish, recipientIds, null, null);
    }
}
