package io.github.polku.fhir;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The valid example and golden documents of the types the mapping covers, read with polku-serialization. */
final class Documents {

    static final Set<DocumentType> TYPES = Set.of(DocumentType.REHABILITATION_PATH, DocumentType.CLIENT, DocumentType.CLIENT_IDENTITY);

    private Documents() {
    }

    /** A named value: the file (and line of an NDJSON file) and the document read from it. */
    record Named(String name, Object value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Named> all() {
        Path root = Path.of("..");
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"examples/data", "examples/data/valid", "serialization/src/test/resources/golden/v1"}) {
            try (Stream<Path> list = Files.list(root.resolve(dir))) {
                list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".ndjson")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Named> documents = new ArrayList<>();
        PolkuDocuments reader = PolkuDocuments.strict();
        for (Path file : files) {
            try {
                List<String> texts = file.toString().endsWith(".ndjson")
                        ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of(Files.readString(file));
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i).isBlank()) {
                        continue;
                    }
                    DocumentResult result = reader.readAndValidate(texts.get(i).getBytes(StandardCharsets.UTF_8));
                    if (result.isValid() && result.getType().isPresent() && TYPES.contains(result.getType().get())) {
                        String name = root.relativize(file).toString() + (texts.size() > 1 ? ":" + (i + 1) : "");
                        documents.add(new Named(name, result.getValue().get()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }
}
