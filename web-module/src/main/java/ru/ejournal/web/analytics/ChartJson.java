package ru.ejournal.web.analytics;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, built with JSON-P (never by joining strings), so that a
 * subject or class name stays a string value whatever it holds (ASVS 5.3.3, 5.3.6). The page writes the
 * configuration inside a {@code <script>} element, where a JSON string holding {@code </script>} would
 * still end the element: {@link #write} therefore escapes {@code <}, {@code >} and {@code &} as JSON
 * unicode escapes, which Chart.js reads back as the same characters.
 */
public final class ChartJson {

    private ChartJson() {}

    /** The configuration as text that is safe inside an HTML {@code <script>} element. */
    public static String write(JsonObject chart) {
        return chart.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public static JsonArray strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    public static JsonArray longs(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    /** A bar data set: its label, colour and values (a missing value is {@code null}, a gap). */
    public static JsonObject dataset(String label, String color, List<BigDecimal> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return Json.createObjectBuilder()
                .add("label", label)
                .add("backgroundColor", color)
                .add("data", data)
                .build();
    }

    /** A bar chart of the labels and data sets; {@code max} fixes the top of the y axis (null: automatic). */
    public static String bar(List<String> labels, List<JsonObject> datasets, Integer max) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder y = Json.createObjectBuilder();
        if (max != null) {
            y.add("min", 0).add("max", max);
        }
        return write(Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("scales", Json.createObjectBuilder().add("y", y)))
                .build());
    }

    /**
     * A chart of one data set with a colour per value ({@code type} "bar", "pie"…): the labels, the data set's
     * label (none: null), the values, the colours and the legend's options.
     */
    public static String single(
            String type, List<String> labels, String label, List<Long> values, List<String> colors, JsonObject legend) {
        JsonObjectBuilder dataset = Json.createObjectBuilder();
        if (label != null) {
            dataset.add("label", label);
        }
        dataset.add("backgroundColor", strings(colors)).add("data", longs(values));
        return write(Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("plugins", Json.createObjectBuilder().add("legend", legend)))
                .build());
    }
}
