package org.briefdesk.domain.model.lexicon;

import java.util.List;
import java.util.Optional;

/** The synonym groups (同义词组). */
public interface SynonymGroupRepository {

    /** Every group, oldest first. */
    List<SynonymGroup> all();

    Optional<SynonymGroup> find(long id);

    SynonymGroup store(SynonymGroup group);

    void remove(SynonymGroup group);
}
