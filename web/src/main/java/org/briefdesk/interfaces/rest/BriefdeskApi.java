package org.briefdesk.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /api; authentication is HTTP Basic with the same accounts as the pages. */
@ApplicationPath("/api")
public class BriefdeskApi extends Application {}
