package org.briefdesk.interfaces.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.interfaces.web.CurrentUser;

/**
 * 本单位简报: the published issues sent to the officer's unit (送 member units, 发 all units), the ones
 * no officer of the unit has opened yet marked, as the editors' receipt list shows them.
 */
@Named
@RequestScoped
public class UnitIssuesBean {

    private static final int LIMIT = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    IssueReadingService reading;

    private List<IssueView> issues;
    private Set<Long> read;

    @PostConstruct
    void load() {
        issues = reading.myIssues(currentUser.getActor(), LIMIT);
        read = reading.readIssueIds(
                currentUser.getActor(), issues.stream().map(IssueView::id).toList());
    }

    public List<IssueView> getIssues() {
        return issues;
    }

    public boolean isRead(long issueId) {
        return read.contains(issueId);
    }

    public long getUnreadCount() {
        return issues.stream().filter(i -> !read.contains(i.id())).count();
    }
}
