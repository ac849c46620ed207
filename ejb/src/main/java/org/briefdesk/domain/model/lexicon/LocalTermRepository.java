package org.briefdesk.domain.model.lexicon;

import java.util.List;
import java.util.Optional;

/** The local terms (本地词条). */
public interface LocalTermRepository {

    /** Every term, by word. */
    List<LocalTerm> all();

    Optional<LocalTerm> find(long id);

    Optional<LocalTerm> findByWord(String word);

    LocalTerm store(LocalTerm term);

    void remove(LocalTerm term);
}
