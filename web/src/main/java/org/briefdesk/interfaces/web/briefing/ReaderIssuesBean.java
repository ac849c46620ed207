package org.briefdesk.interfaces.web.briefing;

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
 * The published issues distributed to the signed-in reader, unread ones marked: a leader's own on the
 * leaders' portal (简报阅览, leader/home.xhtml), an officer's unit's on 本单位简报 (officer/issues.xhtml,
 * 送 member units, 发 all units; read once any officer of the unit has opened it).
 */
@Named
@RequestScoped
public class ReaderIssuesBean {

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
