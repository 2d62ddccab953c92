package ru.ejournal.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    private static final String SCRIPT = "</script><script>alert(7)</script>";

    @Test
    @DisplayName("A subject name with quotes and angle brackets stays a string value and cannot end the script")
    void nameStaysData() {
        String name = "Физика \"7\" " + SCRIPT + " & \\ '";
        String chart = ChartJson.bar(
                List.of(name, "Математика"),
                List.of(ChartJson.dataset("Успеваемость", "#42A5F5", Arrays.asList(new BigDecimal("95.5"), null))),
                100);

        assertFalse(chart.contains("<"), chart);
        assertFalse(chart.contains(">"), chart);
        assertFalse(chart.toLowerCase().contains("</script"), chart);
        JsonObject parsed = Json.createReader(new StringReader(chart)).readObject();
        assertEquals(name, parsed.getJsonObject("data").getJsonArray("labels").getString(0), "read back unchanged");
        assertEquals(2, parsed.getJsonObject("data").getJsonArray("labels").size());
        assertEquals(
                new BigDecimal("95.5"),
                parsed.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonNumber(0)
                        .bigDecimalValue());
        assertEquals(
                100,
                parsed.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getInt("max"));
    }

    @Test
    @DisplayName(
            "A one-set chart (the attendance pie) keeps its labels, values, colours and legend, and a label only when given")
    void oneDataSet() {
        String chart = ChartJson.single(
                "pie",
                List.of("По болезни", "Опоздания"),
                null,
                List.of(6L, 2L),
                List.of("#42A5F5", "#FFA726"),
                Json.createObjectBuilder().add("position", "bottom").build());

        JsonObject parsed = Json.createReader(new StringReader(chart)).readObject();
        JsonObject set = parsed.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("pie", parsed.getString("type"));
        assertEquals(
                "Опоздания", parsed.getJsonObject("data").getJsonArray("labels").getString(1));
        assertEquals(2, set.getJsonArray("data").getInt(1));
        assertEquals("#FFA726", set.getJsonArray("backgroundColor").getString(1));
        assertFalse(set.containsKey("label"), "no label was given");
        assertEquals(
                "bottom",
                parsed.getJsonObject("options")
                        .getJsonObject("plugins")
                        .getJsonObject("legend")
                        .getString("position"));
    }
}
