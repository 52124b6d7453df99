package io.github.polku.internal.constraintvalidators;

import io.github.polku.codevelopment.CoDevelopmentCodes;
import io.github.polku.codevelopment.RoleAssignment;
import io.github.polku.codevelopment.ValidRoleAssignment;

/** Checks {@link ValidRoleAssignment}: a role that requires training has completed it (DOMAIN rule 39). */
public final class ValidRoleAssignmentValidator extends RuleValidator<ValidRoleAssignment, RoleAssignment> {

    @Override
    protected void check(RoleAssignment role, RuleContext context) {
        if (role.getRole().requiresTraining() && !role.hasCompletedTraining()) {
            context.error(CoDevelopmentCodes.TRAINING_REQUIRED, "/training", "role", role.getRole());
        }
    }
}
