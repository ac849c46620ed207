/**
 * The office's periodic reports (定期通报): the monthly and quarterly 通报 and the half-year and
 * annual rankings that scheduled work generates, numbered as a series, with their files and their
 * recipients; and the office's settings for them (定期通报设置). Uses domain.shared, the scoring
 * period and the working calendar only.
 */
package org.briefdesk.domain.model.report;
