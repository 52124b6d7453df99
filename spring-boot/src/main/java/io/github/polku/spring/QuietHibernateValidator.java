package io.github.polku.spring;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Hibernate Validator's start-up line ({@code HV000001: Hibernate Validator ...}, logged at
 * INFO by {@code org.hibernate.validator.internal.util.Version}) out of the log by default: it adds
 * {@code logging.level.org.hibernate.validator.internal.util.Version=WARN} as the property source of
 * lowest precedence, so any setting of the application wins.
 *
 * @since 0.1.0
 */
public final class QuietHibernateValidator implements EnvironmentPostProcessor {

    /** The logging property this post-processor sets. */
    public static final String PROPERTY = "logging.level.org.hibernate.validator.internal.util.Version";

    /** Creates the post-processor; Spring Boot calls this. */
    public QuietHibernateValidator() {
    }

    /**
     * Adds the default logging level.
     *
     * @param environment  the environment, not null
     * @param application  the application, not null
     */
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("polku-defaults", Map.of(PROPERTY, "WARN")));
    }
}
