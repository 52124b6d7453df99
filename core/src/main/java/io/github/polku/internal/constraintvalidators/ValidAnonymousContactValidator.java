package io.github.polku.internal.constraintvalidators;

import io.github.polku.contact.AnonymousContact;
import io.github.polku.contact.ValidAnonymousContact;

/** The rules of {@link ValidAnonymousContact}. */
public final class ValidAnonymousContactValidator extends RuleValidator<ValidAnonymousContact, AnonymousContact> {

    @Override
    protected void check(AnonymousContact contact, RuleContext context) {
        contact.getOrganiser().ifPresent(o -> OrganiserCheck.check(o, contact.getDate(), "/organiser", context));
    }
}
