package org.briefdesk.application.notice;

import java.io.Serializable;
import java.time.Instant;
import org.briefdesk.domain.model.notice.Notice;

/** An in-app notice (提醒) as a home page lists it. */
public record NoticeView(long id, String text, Instant createdAt) implements Serializable {

    static NoticeView of(Notice n) {
        return new NoticeView(n.getId(), n.getText(), n.getCreatedAt());
    }
}
