/**
 * Information officers' pages (信息员): their unit's items, the item form with Word/PDF import, and
 * solicitations.
 */
package org.briefdesk.interfaces.web.officer;
