package org.briefdesk.domain.model.solicitation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Solicitations (约稿通知) and the items that answer them. */
public interface SolicitationRepository {

    Optional<Solicitation> find(long id);

    Solicitation store(Solicitation solicitation);

    /** Every solicitation, newest first. */
    List<Solicitation> all();

    /** Solicitations not closed that are addressed to the unit, nearest deadline first. */
    List<Solicitation> openAddressedTo(long unitId);

    /** Solicitations not closed whose deadline lies in (from, to]: the ones to remind units of. */
    List<Solicitation> openWithDeadlineBetween(Instant from, Instant to);

    /** Items linked to the solicitations that reached the office (not drafts, not withdrawn). */
    List<Answer> answersTo(Collection<Long> solicitationIds);
}
