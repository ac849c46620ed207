/**
 * Scheduled work's record (定时任务运行记录): one run per job and period, so a period's work happens
 * once per cluster even across restarts. Uses domain.shared only.
 */
package org.briefdesk.domain.model.scheduling;
