/**
 * The ways in: Jakarta Faces pages and the Jakarta REST API. They call application services with
 * the caller's Actor and show the view records they get back; they use no infrastructure and hold
 * no JPA entity.
 */
package org.briefdesk.interfaces;
