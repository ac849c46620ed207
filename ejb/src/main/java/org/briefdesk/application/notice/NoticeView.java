package org.briefdesk.application.notice;

import java.io.Serializable;
import java.time.Instant;
import org.briefdesk.domain.model.notice.Notice;

/** An in-app notice (提醒) as the bell's list and the home pages show it. */
public record NoticeView(long id, String kind, String text, String link, Instant createdAt, boolean read)
        implements Serializable {

    static NoticeView of(Notice n, boolean read) {
        return new NoticeView(n.getId(), n.getKind().getLabel(), n.getText(), n.getLink(), n.getCreatedAt(), read);
    }
}
