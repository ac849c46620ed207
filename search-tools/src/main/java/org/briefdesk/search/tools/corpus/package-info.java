/**
 * A deterministic generator of synthetic district reports and of their edited copies (the duplicate
 * kinds), for tests and benchmarks. Uses only {@code org.briefdesk.search.document}.
 */
package org.briefdesk.search.tools.corpus;
