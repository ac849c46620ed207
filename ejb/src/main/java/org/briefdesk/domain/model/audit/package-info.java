/**
 * The audit trail (操作记录) of every change to an item. Depends on no other part of the domain.
 */
package org.briefdesk.domain.model.audit;
