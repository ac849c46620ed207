/**
 * Saved searches (保存的检索): one account's named archive searches. Uses domain.shared only.
 */
package org.briefdesk.domain.model.savedsearch;
