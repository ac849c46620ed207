/**
 * The Faces side shared by every page: the current user, page messages, formats, the login page
 * and downloads. Uses application services and view records only; areas of the menu, and the
 * search page, have their own packages.
 */
package org.briefdesk.interfaces.web;
