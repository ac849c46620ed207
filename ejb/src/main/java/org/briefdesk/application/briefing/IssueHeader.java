package org.briefdesk.application.briefing;

import java.time.LocalDate;
import java.util.Collection;
import org.briefdesk.domain.model.briefing.Distribution;

/**
 * The issue page's header form (期次信息): date, editor's note (编者按), the 报/送/发 block, extra
 * recipients printed below it, whether to mail the published PDF, the leaders who read it online,
 * whether the member units (送) and all units (发) read it online too, and 密级 and 份号 where the
 * office needs them (null: not printed).
 */
public record IssueHeader(
        LocalDate issueDate,
        String editorNote,
        Distribution distribution,
        String extraRecipients,
        boolean mailOnPublish,
        Collection<Long> recipientIds,
        boolean toMemberUnits,
        boolean toAllUnits,
        String classification,
        String copyNumber) {

    /** A header without 密级 and 份号. */
    public IssueHeader(
            LocalDate issueDate,
            String editorNote,
            Distribution distribution,
            String extraRecipients,
            boolean mailOnPublish,
            Collection<Long> recipientIds,
            boolean toMemberUnits,
            boolean toAllUnits) {
        this(
                issueDate,
                editorNote,
                distribution,
                extraRecipients,
                mailOnPublish,
                recipientIds,
                toMemberUnits,
                toAllUnits,
                null,
                null);
    }

    /** A header that sends the issue to no unit online, without 密级 and 份号. */
    public IssueHeader(
            LocalDate issueDate,
            String editorNote,
            Distribution distribution,
            String extraRecipients,
            boolean mailOnPublish,
            Collection<Long> recipientIds) {
        this(issueDate, editorNote, distribution, extraRecipients, mailOnPublish, recipientIds, false, false);
    }
}
