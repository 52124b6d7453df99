package io.github.polku.serialization.jackson;

import io.github.polku.serialization.jackson.internal.ValidationReportDeserializer;
import io.github.polku.serialization.jackson.internal.ValidationReportSerializer;
import io.github.polku.serialization.jackson.internal.ViolationDeserializer;
import io.github.polku.serialization.jackson.internal.ViolationSerializer;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of Polku: hand-written serializers and deserializers that call the core
 * factories and builders, so that {@code polku-core} needs no Jackson annotations.
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PolkuModule()).build();
 * String json = mapper.writeValueAsString(report);
 * }</pre>
 * The module is also registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it.
 * <p>
 * This class is immutable and thread-safe once registered.
 *
 * @since 0.1.0
 */
public final class PolkuModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every Polku serializer and deserializer. */
    public PolkuModule() {
        super(PackageVersion.VERSION);
        addSerializer(Violation.class, new ViolationSerializer());
        addDeserializer(Violation.class, new ViolationDeserializer());
        addSerializer(ValidationReport.class, new ValidationReportSerializer());
        addDeserializer(ValidationReport.class, new ValidationReportDeserializer());
    }

    /**
     * Gets the module name, the artifact id, as the jackson-datatype modules do.
     *
     * @return {@code polku-serialization}
     */
    @Override
    public String getModuleName() {
        return PackageVersion.VERSION.getArtifactId();
    }
}
