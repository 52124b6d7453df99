/**
 * Spring Boot 4 integration of Polku (fi: Spring Boot -liitäntä, sv: Spring Boot-integration):
 * auto-configuration that registers the Polku Jackson 3 module with Boot's {@code JsonMapper},
 * shares one {@link io.github.polku.serialization.jackson.PolkuDocuments} and one
 * {@link io.github.polku.validation.PolkuValidator}, and answers invalid Polku values with RFC 9457
 * problem details in the language of {@code Accept-Language}. See {@code docs/SPRING.md}.
 *
 * @since 0.1.0
 */
package io.github.polku.spring;
