package org.briefdesk.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whether what the search finds is exactly the database's searchable items, with their stored titles. */
final class IndexAgreement {

    private IndexAgreement() {}

    /** Every disagreement between the database's items and the search's hits (id → title), in words. */
    static List<String> problems(Map<Long, StandaloneServer.Row> db, Map<Long, String> found) {
        List<String> problems = new ArrayList<>();
        for (StandaloneServer.Row row : db.values()) {
            String title = found.get(row.id());
            if (row.searchable() && title == null) {
                problems.add("item " + row.id() + " (" + row.status() + ") is in the database but not found");
            } else if (row.searchable() && !title.equals(row.title())) {
                problems.add("item " + row.id() + " is found with the title " + title + " instead of " + row.title());
            } else if (!row.searchable() && title != null) {
                problems.add("item " + row.id() + " (" + row.status() + ") is not searchable but found");
            }
        }
        found.keySet().stream()
                .filter(id -> !db.containsKey(id))
                .forEach(id -> problems.add("item " + id + " is found but not in the database (a ghost)"));
        return problems;
    }
}
