package org.briefdesk.domain.model.adoption;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Adoption records (采用记录). */
public interface AdoptionRepository {

    Adoption store(Adoption adoption);

    /** The item's adoptions in force (not withdrawn), oldest first. */
    List<Adoption> ofItem(long itemId);

    /** The record, locked until the transaction ends (two editors correcting it at once). */
    Optional<Adoption> lock(long id);

    Optional<Adoption> ofBriefing(long briefingIssueId, long itemId);

    boolean exists(long itemId, long outletId, LocalDate adoptedOn);

    long count();
}
