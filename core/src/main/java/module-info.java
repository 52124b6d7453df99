/**
 * Polku core: domain types, rules, validation and fi/sv/en messages for Finnish social
 * rehabilitation (fi: sosiaalinen kuntoutus, sv: social rehabilitering).
 * <p>
 * This module has no JSON library on its path; {@code io.github.polku.serialization} adds the
 * exchange format.
 *
 * @since 0.1.0
 */
module io.github.polku.core {
    requires transitive jakarta.validation;
    requires static org.immutables.value.annotations;
    requires org.hibernate.validator;

    exports io.github.polku.validation;
    exports io.github.polku.rules;
    exports io.github.polku.identifier;
    exports io.github.polku.calendar;
    exports io.github.polku.client;
    exports io.github.polku.measurement;
    exports io.github.polku.service;
    exports io.github.polku.codevelopment;
    exports io.github.polku.contact;
    exports io.github.polku.path;
    exports io.github.polku.quality;

    // The rule validators are registered the way Hibernate Validator's own are: as services
    // (and, on the class path, in META-INF/services/jakarta.validation.ConstraintValidator), so
    // that the exported constraint annotations say validatedBy = {} and name no internal class.
    provides jakarta.validation.ConstraintValidator with
            io.github.polku.internal.constraintvalidators.ValidCoDevelopmentProcessValidator,
            io.github.polku.internal.constraintvalidators.CompleteVoucherValidator,
            io.github.polku.internal.constraintvalidators.ConsistentServiceValidator,
            io.github.polku.internal.constraintvalidators.LawfulWorkActivityValidator,
            io.github.polku.internal.constraintvalidators.ValidRoleAssignmentValidator,
            io.github.polku.internal.constraintvalidators.ValidAnonymousContactValidator,
            io.github.polku.internal.constraintvalidators.ValidClientPlanValidator,
            io.github.polku.internal.constraintvalidators.ValidClientValidator,
            io.github.polku.internal.constraintvalidators.ValidGoalValidator,
            io.github.polku.internal.constraintvalidators.ValidRehabilitationPathValidator,
            io.github.polku.internal.constraintvalidators.ValidServiceNeedAssessmentValidator;

    // Hibernate Validator instantiates the constraint validators and reads the getters.
    // ... and the serialization module applies the one identity-code rule and the message argument names.
    exports io.github.polku.internal.validation to io.github.polku.serialization;
    opens io.github.polku.internal.constraintvalidators to org.hibernate.validator;
    opens io.github.polku.validation to org.hibernate.validator;
    opens io.github.polku.client to org.hibernate.validator;
    opens io.github.polku.contact to org.hibernate.validator;
    opens io.github.polku.path to org.hibernate.validator;
    opens io.github.polku.measurement to org.hibernate.validator;
    opens io.github.polku.service to org.hibernate.validator;
    opens io.github.polku.codevelopment to org.hibernate.validator;
}
