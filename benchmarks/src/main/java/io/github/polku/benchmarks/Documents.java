package io.github.polku.benchmarks;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.ByteArrayOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents and mappers shared by the benchmarks and the harnesses.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Documents {

    /** The plain Jackson mapper of the baselines: default settings, no Polku module. */
    public static final JsonMapper PLAIN = JsonMapper.builder().build();

    private Documents() {
    }

    /**
     * Gets path {@code index} as Polku writes it: the document every benchmark reads.
     *
     * @param size  the size, not null
     * @param index  the document number
     * @return UTF-8 JSON, not null
     */
    public static byte[] json(PathContent.Size size, int index) {
        return json(PathContent.path(size, index));
    }

    /**
     * Gets a path as Polku writes it.
     *
     * @param path  the path, not null
     * @return UTF-8 JSON, not null
     */
    public static byte[] json(RehabilitationPath path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        PolkuDocuments.strict().write(path, out);
        return out.toByteArray();
    }

}
