/**
 * Scheduled work, once per cluster (定时任务): one timer per node ticks every minute; for each
 * {@link org.briefdesk.application.scheduling.ScheduledJob} it asks the database lease whether this
 * node is the job's holder, and if so claims the period that is due by the office's clock
 * ({@link org.briefdesk.domain.shared.DistrictTime}) and runs it, recording the run. Jobs live in
 * their own use-case packages; this package uses only the domain and the ports it owns
 * ({@link org.briefdesk.application.scheduling.JobLeases}).
 */
package org.briefdesk.application.scheduling;
