package org.briefdesk.application.unit;

import java.io.Serializable;

/** An initial password (初始密码) generated for a new officer; shown once, to be changed at first sign-in. */
public record InitialPassword(String login, String displayName, String unit, String password) implements Serializable {}
