/**
 * The JSON API under /api (HTTP Basic), described by OpenAPI; ProblemMappers turn NotFound,
 * AccessDenied and BusinessRuleViolation into application/problem+json. Uses application services
 * and view records only.
 */
package org.briefdesk.interfaces.rest;
