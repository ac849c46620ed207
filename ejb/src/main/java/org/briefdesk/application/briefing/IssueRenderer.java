package org.briefdesk.application.briefing;

import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.PageLayout;

/**
 * Prints an issue as a Word or PDF file (简报排版). A server without a usable Chinese font refuses
 * with a {@link org.briefdesk.domain.shared.BusinessRuleViolation} naming what to install, so a
 * publication stops with a reason and saves nothing.
 */
public interface IssueRenderer {

    byte[] render(IssueView issue, PageLayout layout, ExportFormat format);
}
