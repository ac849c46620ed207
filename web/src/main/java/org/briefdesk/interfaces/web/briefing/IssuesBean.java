package org.briefdesk.interfaces.web.briefing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.briefing.TitleChoice;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/** The editors' list of briefing issues (简报编印), editor/issues.xhtml, and "new issue". */
@Named
@ViewScoped
public class IssuesBean implements Serializable {

    private static final int LIMIT = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    BriefingService briefings;

    private List<IssueView> issues;
    private List<TitleChoice> titles;
    private Long titleId;
    private IssueKind kind = IssueKind.REGULAR;
    private LocalDate issueDate;

    @PostConstruct
    void load() {
        issues = briefings.issues(currentUser.getActor(), null, LIMIT);
        titles = briefings.activeTitles(currentUser.getActor());
        titleId = titles.isEmpty() ? null : titles.get(0).id();
        issueDate = LocalDate.now(DistrictTime.clock());
    }

    public void create() {
        if (titleId == null) {
            Pages.error("还没有设置简报名称，请管理员在“简报设置”中添加");
            return;
        }
        IssueView created = briefings.create(currentUser.getActor(), titleId, kind, issueDate);
        Pages.redirect("/editor/issue.xhtml?id=" + created.id());
    }

    public IssueKind[] getKinds() {
        return IssueKind.values();
    }

    public List<IssueView> getIssues() {
        return issues;
    }

    public List<TitleChoice> getTitles() {
        return titles;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public IssueKind getKind() {
        return kind;
    }

    public void setKind(IssueKind kind) {
        this.kind = kind;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }
}
