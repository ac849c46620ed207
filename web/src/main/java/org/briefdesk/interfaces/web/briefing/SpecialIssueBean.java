package org.briefdesk.interfaces.web.briefing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.briefing.TitleChoice;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/** 一键生成特刊: on an item's page, a special issue of the item's event, opened for assembly at once. */
@Named
@RequestScoped
public class SpecialIssueBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    private IssueKind kind = IssueKind.SPECIAL;

    public void create(long itemId) {
        List<TitleChoice> titles = briefings.activeTitles(currentUser.getActor());
        if (titles.isEmpty()) {
            Pages.error("还没有设置简报名称，请管理员在“简报设置”中添加");
            return;
        }
        IssueView issue = assembly.specialFromEvent(
                currentUser.getActor(), titles.get(0).id(), kind, LocalDate.now(DistrictTime.clock()), itemId);
        Pages.redirect("/editor/issue.xhtml?id=" + issue.id());
    }

    public List<IssueKind> getKinds() {
        return List.of(IssueKind.SPECIAL, IssueKind.TOPICAL, IssueKind.SUPPLEMENT);
    }

    public IssueKind getKind() {
        return kind;
    }

    public void setKind(IssueKind kind) {
        this.kind = kind;
    }
}
