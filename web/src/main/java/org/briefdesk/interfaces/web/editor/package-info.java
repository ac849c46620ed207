/**
 * Editors' desk pages (编辑工作台): inbox, item screening, combining, solicitations and the live alert
 * of urgent items.
 */
package org.briefdesk.interfaces.web.editor;
