/**
 * The editors' desk (编辑筛选): the inbox, screening, tagging, combining and similar items. Uses the
 * domain and the access and item use cases.
 */
package org.briefdesk.application.editorial;
