package org.briefdesk.interfaces.web.briefing;

import java.io.Serializable;
import org.briefdesk.application.briefing.IssueView;

/**
 * One entry (条目) of an issue as the 编辑条目 dialog edits it: its headline and text for this issue
 * (the item keeps its own) and the column it is printed under.
 */
public class EntryForm implements Serializable {

    private Long entryId;
    private String headline;
    private String body;
    private Long columnId;

    /** The entry as drawn on the page, or null when it is no longer in the issue. */
    public static EntryForm of(IssueView issue, long entryId) {
        IssueView.Entry e = issue.entries().stream()
                .filter(x -> x.id() == entryId)
                .findFirst()
                .orElse(null);
        if (e == null) {
            return null;
        }
        EntryForm f = new EntryForm();
        f.entryId = e.id();
        f.headline = e.headline();
        f.body = e.bodyHtml();
        f.columnId = issue.sections().stream()
                .filter(s -> s.entries().contains(e))
                .findFirst()
                .map(IssueView.Section::columnId)
                .orElse(null);
        return f;
    }

    public Long getEntryId() {
        return entryId;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getColumnId() {
        return columnId;
    }

    public void setColumnId(Long columnId) {
        this.columnId = columnId;
    }
}
