/**
 * Upward reporting (对口上报、报送首都文明办): what the office sent to an office above it or to a
 * medium — which items, to whom, how, when — and the adoptions recorded against that send. Uses
 * domain.shared only.
 */
package org.briefdesk.domain.model.upward;
