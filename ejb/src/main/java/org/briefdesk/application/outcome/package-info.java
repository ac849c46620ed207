/**
 * What became of an officer's items (信息去向): screened, accepted, columns, printed in which issue,
 * adopted upward, the leaders' 批示 and the points with the rules that gave them, also for the
 * sources of a combined item. Uses the domain and the access, item and scoring use cases.
 */
package org.briefdesk.application.outcome;
