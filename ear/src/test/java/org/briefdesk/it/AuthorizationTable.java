package org.briefdesk.it;

/**
 * Who may reach what (权限矩阵): the one table {@link AuthorizationMatrixIT} checks the deployed
 * application against. A new page, REST method or servlet needs a row here.
 */
final class AuthorizationTable {

    private AuthorizationTable() {}

    /** The callers, in the order of the letters in {@link #TABLE}. */
    enum Who {
        ANONYMOUS,
        OFFICER_A,
        OFFICER_B,
        EDITOR,
        LEADER_RECIPIENT,
        LEADER_OTHER,
        ADMIN
    }

    /**
     * endpoint | case | expected letter per {@link Who}: Y let in (2xx, a redirect elsewhere than the
     * login, or a 400/409 about the input, i.e. past every access check), N refused (403 or 404),
     * A asked to sign in (401 or a redirect to the login page). Cases name the object asked for;
     * "password" cases send HTTP Basic instead of the callers' API tokens.
     */
    static final String[][] TABLE = {
        // Pages, folder by folder
        {"page /login.xhtml", "", "YYYYYYY"},
        {"page /index.xhtml", "", "AYYYYYY"},
        {"page /search.xhtml", "", "AYYYYYY"},
        {"page /item.xhtml", "draft of unit A", "AYNNNNN"},
        {"page /item.xhtml", "submitted by unit A", "AYNYNNY"},
        {"page /item.xhtml", "accepted from unit B", "ANYYYYY"},
        {"page /account/tokens.xhtml", "", "AYYYYYY"},
        {"page /account/password.xhtml", "", "AYYYYYY"},
        {"page /account/tokens.xhtml", "tokens of officer A", "AYNNNNY"},
        {"page /officer/home.xhtml", "", "AYYNNNN"},
        {"page /officer/item-edit.xhtml", "", "AYYNNNN"},
        {"page /officer/item-edit.xhtml", "draft of unit A", "AYNNNNN"},
        {"page /officer/solicitations-panel.xhtml", "", "AYYNNNN"},
        {"page /editor/home.xhtml", "", "ANNYNNN"},
        {"page /editor/inbox.xhtml", "", "ANNYNNN"},
        {"page /editor/combine.xhtml", "", "ANNYNNN"},
        {"page /editor/solicitations.xhtml", "", "ANNYNNN"},
        {"page /editor/issues.xhtml", "", "ANNYNNN"},
        {"page /editor/issue.xhtml", "draft issue", "ANNYNNN"},
        {"page /editor/item.xhtml", "submitted by unit A", "ANNYNNN"},
        {"page /editor/item.xhtml", "draft of unit A", "ANNNNNN"},
        {"page /leader/home.xhtml", "", "ANNNYYN"},
        {"page /briefing/issue.xhtml", "published issue", "ANNYYNN"},
        {"page /briefing/issue.xhtml", "draft issue", "ANNYNNN"},
        {"page /statistics/report.xhtml", "", "AYYYYYY"},
        {"page /statistics/ranking.xhtml", "", "AYYYYYY"},
        {"page /statistics/quota.xhtml", "", "ANNYYYY"},
        {"page /statistics/outlets.xhtml", "", "ANNYNNY"},
        {"page /admin/home.xhtml", "", "ANNNNNY"},
        {"page /admin/units.xhtml", "", "ANNNNNY"},
        {"page /admin/accounts.xhtml", "", "ANNNNNY"},
        {"page /admin/score-rules.xhtml", "", "ANNNNNY"},
        {"page /admin/briefings.xhtml", "", "ANNNNNY"},
        {"page /admin/index.xhtml", "", "ANNNNNY"},
        {"page /error/403.xhtml", "", "YYYYYYY"},
        {"page /error/404.xhtml", "", "YYYYYYY"},
        {"page /error/500.xhtml", "", "YYYYYYY"},
        {"page /error/503.xhtml", "", "YYYYYYY"},
        // REST
        {"GET /api/me", "", "AYYYYYY"},
        {"GET /api/units", "", "AYYYYYY"},
        {"GET /api/search", "", "AYYYYYY"},
        {"POST /api/items", "", "AYYNNNN"},
        {"GET /api/items/{id}", "draft of unit A", "AYNNNNN"},
        {"GET /api/items/{id}", "submitted by unit A", "AYNYNNY"},
        {"GET /api/items/{id}", "accepted from unit B", "ANYYYYY"},
        {"GET /api/items/{id}/similar", "draft of unit A", "AYNNNNN"},
        {"GET /api/items/{id}/similar", "submitted by unit A", "AYNYNNY"},
        {"GET /api/items/{id}/similar", "accepted from unit B", "ANYYYYY"},
        {"GET /api/issues", "", "AYYYYYY"},
        {"POST /api/issues", "", "ANNYNNN"},
        {"GET /api/issues/{id}", "published issue", "ANNYYNN"},
        {"GET /api/issues/{id}", "draft issue", "ANNYNNN"},
        {"GET /api/issues/{id}/file.{format}", "published issue", "ANNYYNN"},
        {"GET /api/issues/{id}/file.{format}", "draft issue", "ANNYNNN"},
        {"POST /api/issues/{id}/entries", "draft issue", "ANNYNNN"},
        {"POST /api/issues/{id}/publish", "draft issue", "ANNYNNN"},
        {"GET /api/tokens", "password", "AYYYYYY"},
        {"GET /api/tokens", "", "ANNNNNN"},
        {"GET /api/tokens", "password, tokens of officer A", "AYNNNNY"},
        {"POST /api/tokens", "password, tokens of officer A", "AYNNNNY"},
        {"POST /api/tokens", "", "ANNNNNN"},
        {"DELETE /api/tokens/{id}", "password, token of officer A", "AYNNNNY"},
        {"DELETE /api/tokens/{id}", "token of officer A", "ANNNNNN"},
        // Dictionary and synonyms (issue 13): read by every role, written over the API by administrators.
        // The write bodies are refused input (400, past every access check) except the one deletion.
        {"GET /api/lexicon/terms", "", "AYYYYYY"},
        {"POST /api/lexicon/terms", "", "ANNNNNY"},
        {"PUT /api/lexicon/terms/{id}", "seeded term", "ANNNNNY"},
        {"DELETE /api/lexicon/terms/{id}", "seeded term", "ANNNNNY"},
        {"GET /api/lexicon/synonyms", "", "AYYYYYY"},
        {"POST /api/lexicon/synonyms", "", "ANNNNNY"},
        {"PUT /api/lexicon/synonyms/{id}", "seeded group", "ANNNNNY"},
        {"DELETE /api/lexicon/synonyms/{id}", "seeded group", "ANNNNNY"},
        {"GET /api/lexicon/segmentation", "", "AYYYYYY"},
        {"GET /api/lexicon/reanalysis", "", "AYYYYYY"},
        {"POST /api/lexicon/reanalysis", "", "ANNNNNY"},
        {"page /lexicon/dictionary.xhtml", "", "ANNYNNY"},
        // Servlets
        {"servlet /attachments/*", "draft of unit A", "AYNNNNN"},
        {"servlet /attachments/*", "accepted from unit B", "ANYYYYY"},
        {"servlet /issues/*", "published issue", "ANNYYNN"},
        {"servlet /issues/*", "draft issue", "ANNYNNN"},
        {"servlet /error/unauthorized", "", "AAAAAAA"},
        {"servlet /error/status", "", "NNNNNNN"},
        // Readiness for load balancers: no login, nothing but the database's and the index's state.
        {"servlet /health/ready", "", "YYYYYYY"},
        // Reports by mail and reports taken by editors (邮件报送、代录): editors only.
        {"page /editor/taken.xhtml", "", "ANNYNNN"},
        {"page /editor/quarantine.xhtml", "", "ANNYNNN"},
        {"POST /api/items/taken", "", "ANNYNNN"},
        // Settings (issue 13): the unit network, briefing columns; reads for every role, writes for administrators.
        {"page /admin/unit-tree.xhtml", "", "ANNNNNY"},
        {"GET /api/units/{id}", "unit A", "AYYYYYY"},
        {"POST /api/units", "", "ANNNNNY"},
        {"PUT /api/units/{id}", "unit A", "ANNNNNY"},
        {"page /admin/columns.xhtml", "", "ANNNNNY"},
        {"page /admin/unit-import.xhtml", "", "ANNNNNY"},
        {"GET /api/columns", "", "AYYYYYY"},
        {"GET /api/columns/{id}", "column 工作动态", "AYYYYYY"},
        {"POST /api/columns", "", "ANNNNNY"},
        {"PUT /api/columns/{id}", "column 工作动态", "ANNNNNY"},
        // Archive import (档案导入): administrators only, pages and API alike.
        {"page /admin/imports.xhtml", "", "ANNNNNY"},
        {"POST /api/imports", "", "ANNNNNY"},
        {"POST /api/imports/issues", "", "ANNNNNY"},
        {"GET /api/imports/{id}", "import run", "ANNNNNY"},
        {"GET /api/imports/{id}/report", "import run", "ANNNNNY"},
        // Scheduled work (issue 14/16): administrators only; the clock answers only on the test server
        // (briefdesk.test.clock=true), where an administrator's empty PUT is refused input.
        {"GET /api/scheduling/jobs", "", "ANNNNNY"},
        {"GET /api/scheduling/runs", "", "ANNNNNY"},
        {"GET /api/scheduling/clock", "", "ANNNNNY"},
        {"PUT /api/scheduling/clock", "", "ANNNNNY"},
        {"DELETE /api/scheduling/clock", "", "ANNNNNY"},
        // The office's rhythm (issue 14): periodic reports listed for every role (each sees those sent
        // to them, the office all), their settings and the scheduled jobs for administrators.
        {"page /statistics/reports.xhtml", "", "AYYYYYY"},
        {"page /admin/rhythm.xhtml", "", "ANNNNNY"},
        // Upward reporting (对口上报, issue 14): editors only; the POST bodies are refused input.
        {"page /editor/upward.xhtml", "", "ANNYNNN"},
        {"GET /api/upward", "", "ANNYNNN"},
        {"POST /api/upward", "", "ANNYNNN"},
        {"GET /api/upward/{id}", "upward send", "ANNYNNN"},
        {"GET /api/upward/{id}/package.docx", "upward send", "ANNYNNN"},
        {"POST /api/upward/{id}/adoptions", "upward send", "ANNYNNN"},
        // Import speed (speed): continuing an interrupted import from a script, administrators only.
        {"POST /api/imports/{id}/restart", "import run", "ANNNNNY"},
        // Notifications, sign-off and distribution (issue 14): every signed-in person has their own notices.
        {"page /account/notices.xhtml", "", "AYYYYYY"},
        {"page /account/notice-settings.xhtml", "", "AYYYYYY"},
        // An issue sent to the member units reaches officer A's unit (a member) and not officer B's, on every path.
        {"page /officer/issues.xhtml", "", "AYYNNNN"},
        {"page /briefing/issue.xhtml", "issue sent to unit A", "AYNYNNN"},
        {"GET /api/issues/{id}", "issue sent to unit A", "AYNYNNN"},
        {"GET /api/issues/{id}/file.{format}", "issue sent to unit A", "AYNYNNN"},
        {"servlet /issues/*", "issue sent to unit A", "AYNYNNN"},
        // Trust (issue 10): the security log, administrators only.
        {"page /admin/security-log.xhtml", "", "ANNNNNY"},
        // Corrections (issue 14, part 6): editors withdraw or correct records and delete unpublished issues;
        // the bodies and queries sent are incomplete, so an editor gets a 400 and nothing changes.
        {"POST /api/adoptions/{id}/withdrawal", "adoption of B", "ANNYNNN"},
        {"POST /api/adoptions/{id}/correction", "adoption of B", "ANNYNNN"},
        {"POST /api/instructions/{id}/withdrawal", "instruction on B", "ANNYNNN"},
        {"POST /api/instructions/{id}/correction", "instruction on B", "ANNYNNN"},
        {"DELETE /api/issues/{id}", "draft issue", "ANNYNNN"},
        // Tidy (the office's rhythm, 工作日历): administrators enter holidays and 调休 working days; the PUT
        // and DELETE sent name no date, so an administrator gets a 400 and nothing changes.
        {"GET /api/scheduling/calendar", "", "ANNNNNY"},
        {"PUT /api/scheduling/calendar", "", "ANNNNNY"},
        {"DELETE /api/scheduling/calendar", "", "ANNNNNY"},
        // Cluster (issue 16): 停止 from a script on any node; the run is not running, so an administrator gets a 400.
        {"POST /api/imports/{id}/stop", "import run", "ANNNNNY"},
    };
}
