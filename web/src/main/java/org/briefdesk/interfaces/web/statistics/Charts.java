package org.briefdesk.interfaces.web.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** Chart.js configurations for p:chart, built as JSON so labels in Chinese are escaped properly. */
final class Charts {

    private static final String[] COLOURS = {"#c0392b", "#2e86c1", "#27ae60", "#f39c12", "#8e44ad"};

    private Charts() {}

    static String pie(List<String> labels, List<Long> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS[i % COLOURS.length]);
        }
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("data", numbers(values))
                                                        .add("backgroundColor", colours))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "right"))))
                .build()
                .toString();
    }

    /** Lines sharing the x labels, one per named series. */
    static String lines(List<String> labels, List<String> names, List<List<Long>> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < names.size(); i++) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", names.get(i))
                    .add("data", numbers(series.get(i)))
                    .add("borderColor", COLOURS[i % COLOURS.length])
                    .add("backgroundColor", COLOURS[i % COLOURS.length])
                    .add("tension", 0.2)
                    .add("yAxisID", i == 0 ? "score" : "count"));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "score",
                                                        Json.createObjectBuilder()
                                                                .add("type", "linear")
                                                                .add("position", "left")
                                                                .add("beginAtZero", true))
                                                .add(
                                                        "count",
                                                        Json.createObjectBuilder()
                                                                .add("type", "linear")
                                                                .add("position", "right")
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
