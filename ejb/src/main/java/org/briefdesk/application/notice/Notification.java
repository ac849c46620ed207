package org.briefdesk.application.notice;

import org.briefdesk.domain.model.notice.NoticeKind;

/**
 * What to tell someone: the kind, what it is about (the mail subject names it, e.g. 《垃圾分类》), the
 * sentence shown in the app and mailed, and the page inside Briefdesk it leads to.
 */
public record Notification(NoticeKind kind, String about, String text, String link) {

    /** The officers' page for an item of theirs. */
    public static String itemLink(long itemId) {
        return "/item.xhtml?id=" + itemId;
    }
}
