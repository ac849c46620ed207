/**
 * Pages about one's own account (本人账号): API tokens. Faces beans here use the application layer's
 * access services and {@code CurrentUser}; they keep view records, never entities, in the view state.
 */
package org.briefdesk.interfaces.web.account;
