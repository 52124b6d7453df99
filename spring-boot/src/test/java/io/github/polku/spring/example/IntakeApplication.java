package io.github.polku.spring.example;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Example application: a wellbeing services county's intake endpoint that receives rehabilitation
 * paths from the providers it buys social rehabilitation from. It depends on
 * {@code polku-spring-boot} and nothing else of Polku's: the auto-configuration reads the paths
 * (Boot's {@code JsonMapper} has the Polku module), shares the validator, and answers problems
 * with RFC 9457 problem details in Finnish, Swedish or English.
 * <p>
 * Run it with {@code ./mvnw -pl spring-boot -am verify -Dtest=IntakeApplicationTest}, which starts
 * it on a random port and calls it; or start {@link #main(String[])} from an IDE and
 * {@code curl -H 'Content-Type: application/json' -H 'Accept-Language: fi' --data @path.json localhost:8080/intake/paths}.
 */
@SpringBootApplication
public class IntakeApplication {

    /**
     * Starts the application.
     *
     * @param args  Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }

    /** The endpoints providers post their paths to. */
    @RestController
    @RequestMapping("/intake")
    static class IntakeController {

        private final PolkuValidator validator;
        private final Map<String, RehabilitationPath> received = new ConcurrentHashMap<>();

        IntakeController(PolkuValidator validator) {
            this.validator = validator;
        }

        /**
         * Receives a path: errors are refused with problem details, warnings are accepted and
         * listed in the answer for the provider to look at.
         */
        @PostMapping("/paths")
        ResponseEntity<Map<String, Object>> receive(@RequestBody RehabilitationPath path) {
            ValidationReport report = validator.validate(path);
            List<Violation> errors = report.getViolations().stream().filter(v -> v.getSeverity() == Severity.ERROR)
                    .collect(Collectors.toList());
            if (!errors.isEmpty()) {
                // answered by polku-spring-boot as problem details, status 422
                throw new InvalidValueException(report.getViolations());
            }
            received.put(path.getId().getValue(), path);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("received", path.getId().getValue());
            answer.put("warnings", report.getViolations().stream().map(Violation::getCode).collect(Collectors.toList()));
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
        }

        /**
         * Receives a path validated by Spring's own validator through {@code @Valid}: any
         * violation, a warning too, refuses it (Bean Validation has no severities).
         */
        @PostMapping("/paths/strict")
        ResponseEntity<Map<String, Object>> receiveStrictly(@Valid @RequestBody RehabilitationPath path) {
            received.put(path.getId().getValue(), path);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("received", path.getId().getValue()));
        }
    }
}
