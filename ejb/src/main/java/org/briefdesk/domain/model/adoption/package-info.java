/**
 * Adoptions (采用) of an item by an outlet (刊物/媒体) at a level (区级, 市级, 国家级) and in a mode (全文, 综合).
 * Uses the item aggregate and domain.shared.
 */
package org.briefdesk.domain.model.adoption;
