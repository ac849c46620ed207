/**
 * Information items (信息) from intake to publication: content, status, revisions, attachments,
 * combined sources and the editors' inbox filter. Uses the unit, account and column aggregates and
 * domain.shared.
 */
package org.briefdesk.domain.model.item;
