/**
 * Adapters: the technology behind the domain's repositories and the application's ports, and start-
 * up work (migrations, demo data). Infrastructure may use the domain, implement application ports
 * and use the data they carry (views, reports, events); it never calls a use case, except the demo
 * loader, which drives them as an editor would. Settings, here, reads the deployment's environment.
 */
package org.briefdesk.infrastructure;
