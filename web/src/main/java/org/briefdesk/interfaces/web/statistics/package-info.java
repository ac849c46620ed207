/**
 * Statistics pages (统计考核): the period table with its files and charts, rankings, the quota board,
 * outlets and item records.
 */
package org.briefdesk.interfaces.web.statistics;
