package org.briefdesk.domain.model.solicitation;

import java.io.Serializable;
import java.time.Instant;

/** An item that answers a solicitation and has reached the office (报送稿件). */
public record Answer(long solicitationId, long itemId, long unitId, String title, Instant submittedAt)
        implements Serializable {}
