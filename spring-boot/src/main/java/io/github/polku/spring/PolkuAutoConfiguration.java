package io.github.polku.spring;

import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.PolkuModule;
import io.github.polku.validation.PolkuValidator;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration of Polku in a Spring Boot 4 application (fi: automaattinen määritys, sv:
 * automatisk konfiguration). It
 * <ul>
 * <li>adds {@link PolkuModule} to Boot's Jackson 3 {@code JsonMapper} through a
 * {@link JsonMapperBuilderCustomizer}, so controllers read and write Polku documents;</li>
 * <li>exposes one shared {@link PolkuDocuments} (strict) and one shared {@link PolkuValidator},
 * unless the application defines its own;</li>
 * <li>in a Spring MVC application, answers {@code DocumentReadException},
 * {@code InvalidValueException} and a failed {@code @Valid} on a Polku value with RFC 9457
 * problem details ({@link PolkuProblems}).</li>
 * </ul>
 * Registered in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
public final class PolkuAutoConfiguration {

    /** Creates the configuration; Spring calls this. */
    public PolkuAutoConfiguration() {
    }

    /**
     * Adds the Polku module to Boot's {@code JsonMapper}.
     *
     * @return the customizer, not null
     */
    @Bean
    public JsonMapperBuilderCustomizer polkuJsonMapperBuilderCustomizer() {
        return builder -> builder.addModule(new PolkuModule());
    }

    /**
     * Gets the shared strict document reader and writer.
     *
     * @return {@link PolkuDocuments#strict()}, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public PolkuDocuments polkuDocuments() {
        return PolkuDocuments.strict();
    }

    /**
     * Gets the shared validator with the Finnish rule book. Not closed by Spring: it is shared.
     *
     * @return {@link PolkuValidator#shared()}, not null
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public PolkuValidator polkuValidator() {
        return PolkuValidator.shared();
    }

    /**
     * The Spring MVC part: problem details for invalid Polku values.
     *
     * @since 0.1.0
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(HandlerExceptionResolver.class)
    public static class Mvc {

        /** Creates the configuration; Spring calls this. */
        public Mvc() {
        }

        /**
         * Puts {@link PolkuProblemResolver} first among the exception resolvers: it handles only
         * Polku's own problems and leaves every other exception to the application.
         *
         * @param mapperProvider  Boot's JSON mapper, not null
         * @return the configurer, not null
         */
        @Bean
        public WebMvcConfigurer polkuProblemDetailsConfigurer(
                org.springframework.beans.factory.ObjectProvider<tools.jackson.databind.json.JsonMapper> mapperProvider) {
            return new WebMvcConfigurer() {
                @Override
                public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
                    resolvers.add(0, new PolkuProblemResolver(mapperProvider));
                }
            };
        }
    }
}
