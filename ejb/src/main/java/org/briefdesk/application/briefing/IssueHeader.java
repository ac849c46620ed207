package org.briefdesk.application.briefing;

import java.time.LocalDate;
import java.util.Collection;
import org.briefdesk.domain.model.briefing.Distribution;

/**
 * The issue page's header form (期次信息): date, editor's note (编者按), the 报/送/发 block, extra
 * recipients printed below it, whether to mail the published PDF, and the leaders who read it online.
 */
public record IssueHeader(
        LocalDate issueDate,
        String editorNote,
        Distribution distribution,
        String extraRecipients,
        boolean mailOnPublish,
        Collection<Long> recipientIds) {}
