package io.github.polku.benchmarks;

import io.github.polku.path.RehabilitationPath;
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
     * Gets the baseline document: the plain twin of path {@code index} as JSON.
     *
     * @param size  the size, not null
     * @param index  the document number
     * @return UTF-8 JSON, not null
     */
    public static byte[] plainJson(PathContent.Size size, int index) {
        return PLAIN.writeValueAsBytes(PlainPath.of(PathContent.path(size, index)));
    }

    /**
     * Gets the twin of a path.
     *
     * @param path  the path, not null
     * @return the twin, not null
     */
    public static PlainPath twin(RehabilitationPath path) {
        return PlainPath.of(path);
    }
}
