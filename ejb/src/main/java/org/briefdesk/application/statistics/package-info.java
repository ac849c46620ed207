/**
 * Statistics, rankings and the weekly quota (统计考核), and the StatisticsDocuments port that writes
 * them as XLSX, Word or PDF. Uses the domain and the access use case.
 */
package org.briefdesk.application.statistics;
