/**
 * The one Jakarta Security mechanism for form login and HTTP Basic over the account table, and the
 * identity store behind it.
 */
package org.briefdesk.interfaces.web.security;
