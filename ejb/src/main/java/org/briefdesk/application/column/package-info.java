/**
 * The administration of briefing columns (栏目管理): add, rename, reorder, retire and restore, and the
 * column list every role may read. Uses the domain (column) and the access use case.
 */
package org.briefdesk.application.column;
