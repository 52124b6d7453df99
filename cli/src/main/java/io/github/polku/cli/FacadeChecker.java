package io.github.polku.cli;

import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * PLACEHOLDER until the serialization facade is merged: checks JSON syntax only.
 */
final class FacadeChecker implements DocumentChecker {

    @Override
    public void check(String source, InputStream in, boolean ndjson, boolean lenient, Consumer<Outcome> sink)
            throws IOException {
        if (ndjson) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            long index = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    sink.accept(new Outcome(source, index++, true, syntax(line)));
                }
            }
            return;
        }
        byte[] bytes = in.readAllBytes();
        try (JsonParser parser = PolkuJson.mapper().createParser(bytes)) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                long index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                    sink.accept(new Outcome(source, index++, true, ValidationReport.empty()));
                }
                return;
            }
        } catch (JacksonException e) {
            sink.accept(new Outcome(source, 0, false, malformed()));
            return;
        }
        sink.accept(new Outcome(source, 0, false, syntax(new String(bytes, StandardCharsets.UTF_8))));
    }

    private static ValidationReport syntax(String json) {
        try {
            PolkuJson.mapper().readTree(json);
            return ValidationReport.empty();
        } catch (JacksonException e) {
            return malformed();
        }
    }

    private static ValidationReport malformed() {
        return ValidationReport.of(java.util.List.of(Violation.error("polku.json.malformed", "", Map.of())));
    }
}
