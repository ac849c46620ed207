/**
 * The demo district loaded into an empty database (BRIEFDESK_DEMO_DATA): units, accounts, items of
 * the last eight weeks, issues, adoptions and instructions. The one adapter that calls use cases,
 * so demo scores and trails are as real ones.
 */
package org.briefdesk.infrastructure.demo;
