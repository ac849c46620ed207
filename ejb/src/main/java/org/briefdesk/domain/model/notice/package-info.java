/**
 * In-app notices (提醒) to an account or to a unit's officers. Uses domain.shared only.
 */
package org.briefdesk.domain.model.notice;
