package org.briefdesk.application.briefing;

import java.io.Serializable;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.PageLayout;

/** A briefing title (简报名称) as 简报设置 lists and edits it: its default distribution block, page layout and whether issues need sign-off (签发). */
public record TitleView(
        long id,
        String name,
        String issuingUnit,
        Distribution distribution,
        PageLayout layout,
        boolean active,
        boolean signOffRequired)
        implements Serializable {

    static TitleView of(BriefingTitle t) {
        return new TitleView(
                t.getId(),
                t.getName(),
                t.getIssuingUnit(),
                t.getDistribution(),
                t.getLayout(),
                t.isActive(),
                t.isSignOffRequired());
    }
}
