package org.csptransition.platform.events;

/**
 * The one source of the bounds of the texts the partner events carry, which consumers store: the producer
 * (eligibility-service's request bodies) refuses anything longer, and every consumer's column that holds such a field is
 * at least this wide ({@code EventFieldBoundsIT} in system-tests reads the columns of the running suite and checks). A
 * consumer still fits what it stores to its column (notification-service's {@code RecipientFacts}), so an event from
 * elsewhere can never be poisoned by its text.
 */
public final class FieldBounds {

    /** A Microsoft PartnerID (MPN ID): digits. */
    public static final int PARTNER_ID = 10;
    /** A company's name: it reaches e-mail subjects and headers. */
    public static final int COMPANY_NAME = 200;
    /** ISO 3166-1 alpha-2. */
    public static final int COUNTRY = 2;
    /** A BCP 47 language tag. */
    public static final int LOCALE = 35;
    /** A contact's first or last name; a consumer that stores both as one ("first last") needs {@link #CONTACT_NAME}. */
    public static final int PERSON_NAME = 99;
    /** First name, a space, last name. */
    public static final int CONTACT_NAME = 2 * PERSON_NAME + 1;
    /** An e-mail address (RFC 5321's path limit). */
    public static final int EMAIL = 254;

    private FieldBounds() {
    }
}
