/**
 * The office's working calendar (工作日历): the statutory holidays and 调休 make-up working days that
 * administrators enter from the State Council's yearly notice, and the rule for which days are
 * working days. Uses domain.shared only.
 */
package org.briefdesk.domain.model.calendar;
