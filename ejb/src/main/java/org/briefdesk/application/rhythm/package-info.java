/**
 * The office's rhythm (工作节奏): the scheduled jobs that remind key units behind their weekly quota
 * every Monday, issue the monthly and quarterly 通报 and the half-year and annual rankings on the
 * first working day after their period (numbered, stored with their files, sent to the units and
 * leaders the office configures and readable by them in the app), and remind editors when no 普刊
 * is out by the office's weekly day. Uses the domain, the scheduling, statistics and notice use
 * cases, and the port it owns ({@link org.briefdesk.application.rhythm.OfficeDirectory}).
 */
package org.briefdesk.application.rhythm;
