/**
 * The bottom of the search library: the index's field names and query aliases
 * ({@link org.briefdesk.search.document.ItemFields}) and the item as the application hands it to the
 * index ({@link org.briefdesk.search.document.ItemDocument}). Uses only the JDK; every other
 * package of the library may use it.
 */
package org.briefdesk.search.document;
