/**
 * Links that duplicate detection found between items (重复, 同一事件, 相似), with the evidence an editor
 * reads. Depends on no other part of the domain.
 */
package org.briefdesk.domain.model.similar;
