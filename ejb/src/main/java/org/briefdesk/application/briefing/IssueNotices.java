package org.briefdesk.application.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.notice.NoticeKind;

/**
 * Who hears of a published issue, in the publishing transaction: each unit whose item was printed
 * (刊用), every leader the issue is distributed to (新一期简报呈阅) and every unit it was sent to.
 */
@ApplicationScoped
public class IssueNotices {

    @Inject
    BriefingRepository briefings;

    @Inject
    NoticeService notices;

    void onPublished(@Observes IssuePublished event) {
        BriefingIssue issue = briefings.findIssue(event.issueId()).orElseThrow();
        String name = "《" + issue.getTitle().getName() + "》" + issue.getNumber().label();
        for (BriefingEntry e : issue.printOrder()) {
            notices.toUnits(
                    e.getItem().reportingUnitIds(),
                    new Notification(
                            NoticeKind.ITEM_PRINTED,
                            "“" + e.getHeadline() + "”",
                            "本单位信息“" + e.getHeadline() + "”刊用于" + name,
                            Notification.itemLink(e.getItem().getId())));
        }
        Notification forLeaders = new Notification(
                NoticeKind.ISSUE_FOR_LEADER, name, name + "已印发，请阅", "/briefing/issue.xhtml?id=" + issue.getId());
        issue.getRecipients().forEach(leader -> notices.toAccount(leader, forLeaders));
        notices.toUnits(
                issue.getUnitRecipients(),
                new Notification(
                        NoticeKind.ISSUE_FOR_UNIT,
                        name,
                        name + "已印发本单位，供学习借鉴",
                        "/briefing/issue.xhtml?id=" + issue.getId()));
    }
}
