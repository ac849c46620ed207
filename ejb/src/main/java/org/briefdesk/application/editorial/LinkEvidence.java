package org.briefdesk.application.editorial;

import org.briefdesk.domain.model.similar.SimilarLink;

/**
 * Port: a stored duplicate link's evidence (证据) as an editor reads it. Duplicate detection stores a
 * RELATED link without the text overlap of its two items (文字重合、句子重合): the class depends on the
 * content similarity alone, and comparing the texts of every related item at every save or import
 * cost more than the rest of the link's evidence. The overlap is computed here instead, for the few
 * links an editor actually opens.
 */
public interface LinkEvidence {

    /** The evidence of {@code link} with the text overlap of its two items, computed now if it was left out. */
    String readable(SimilarLink link);
}
