/**
 * Upward reporting (对口上报、报送首都文明办): editors send selected items or a published issue's items
 * to an office above or a medium as a Word package in the office's usual form (header, 报送清单,
 * the items), by mail or for download; each send is recorded, and adoptions recorded against it
 * score through the scoring use case. Owns the port UpwardPackages (the Word file); uses the
 * domain and the access, notice (mail relay) and scoring use cases.
 */
package org.briefdesk.application.upward;
