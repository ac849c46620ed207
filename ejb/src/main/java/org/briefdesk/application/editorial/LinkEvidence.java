package org.briefdesk.application.editorial;

import java.util.function.Function;
import org.briefdesk.domain.model.similar.SimilarLink;

/**
 * Port: a stored duplicate link's evidence (证据) as an editor reads it. Duplicate detection stores a
 * RELATED link without the text overlap of its two items (文字重合、句子重合): the class depends on the
 * content similarity alone, and comparing the texts of every related item at every save or import
 * cost more than the rest of the link's evidence. The overlap is computed here instead, for the few
 * links an editor actually opens.
 */
public interface LinkEvidence {

    /**
     * Reads the evidence of links of {@code itemId}, each with the text overlap of its two items,
     * computed now where it was left out. An item page shows all of an item's links: the item's own
     * text is read and shingled at most once per reader, not once per link.
     */
    Function<SimilarLink, String> of(long itemId);
}
