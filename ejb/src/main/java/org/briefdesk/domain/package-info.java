/**
 * The domain of the district's information and briefing work: entities with their rules, value
 * objects and the repository interfaces the other layers use to find and keep them. It depends on
 * nothing of Briefdesk's own outside itself (JPA annotations and the JDK only); every other layer
 * stands on it.
 */
package org.briefdesk.domain;
