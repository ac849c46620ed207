/**
 * The briefing columns (栏目: 工作动态, 典型案例 …) that items are tagged with and issues are printed by.
 * Uses domain.shared only.
 */
package org.briefdesk.domain.model.column;
