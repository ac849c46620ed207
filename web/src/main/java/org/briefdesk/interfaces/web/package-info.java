/**
 * The Faces side shared by every page: the current user, page messages, formats, the login page,
 * search and downloads. Uses application services and view records only; areas of the menu have
 * their own packages.
 */
package org.briefdesk.interfaces.web;
