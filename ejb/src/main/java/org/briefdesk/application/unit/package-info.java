/**
 * The administration of units (单位管理). Uses the domain and the access use case.
 */
package org.briefdesk.application.unit;
