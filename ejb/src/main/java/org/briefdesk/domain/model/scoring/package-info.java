/**
 * Score rules (计分规则) in dated versions, the score lines each adoption or instruction adds, periods
 * and the aggregates reports are summed from. Uses the adoption and instruction aggregates and
 * domain.shared.
 */
package org.briefdesk.domain.model.scoring;
