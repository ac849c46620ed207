package org.briefdesk.application.editorial;

import java.util.List;
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
     * The evidence of these links of {@code itemId} (the ones a reader may see), in their order, each
     * with the text overlap of its two items computed now where it was left out. An item page shows
     * all of an item's links: the texts they need (the item's own and the other items') are read in
     * one query, and the item's own text is shingled once, not once per link.
     */
    List<String> of(long itemId, List<SimilarLink> links);
}
