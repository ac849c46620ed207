/**
 * Integration tests: Arquillian deploys the built EAR into a managed WildFly and the tests drive
 * the services, the REST API and (BrowserTest) headless Chromium; ServerCrashRecoveryIT runs a
 * server of its own and kills it. They may use every module, as the server does.
 */
package org.briefdesk.it;
