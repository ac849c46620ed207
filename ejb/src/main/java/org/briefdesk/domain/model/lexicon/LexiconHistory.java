package org.briefdesk.domain.model.lexicon;

import java.util.List;
import java.util.Optional;

/** The history of dictionary changes (词典修改记录). */
public interface LexiconHistory {

    LexiconChange store(LexiconChange change);

    Optional<LexiconChange> find(long id);

    /** The newest changes first. */
    List<LexiconChange> latest(int limit);
}
