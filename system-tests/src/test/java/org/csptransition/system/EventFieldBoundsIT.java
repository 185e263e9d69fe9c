package org.csptransition.system;

import org.csptransition.platform.events.FieldBounds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a field a consumer stores has the producer's bound, from one source ({@link FieldBounds}, which
 * eligibility-service's request bodies enforce): each column below, as the running services' migrations made it, holds
 * the widest value an event can carry, so no event fails at a consumer for the length of its text.
 */
@DisplayName("Every column that stores a partner event's text is at least as wide as the events' bound")
class EventFieldBoundsIT {

    /** schema.table.column → the bound of the event field it stores. */
    private static final Map<String, Integer> COLUMNS = new LinkedHashMap<>();

    static {
        for (String schema : List.of("eligibility", "relationship", "transfer")) {
            String table = schema.equals("eligibility") ? "partner" : "known_partner";
            COLUMNS.put(schema + "." + table + ".partner_id", FieldBounds.PARTNER_ID);
            COLUMNS.put(schema + "." + table + ".company_name", FieldBounds.COMPANY_NAME);
            COLUMNS.put(schema + "." + table + ".country", FieldBounds.COUNTRY);
            COLUMNS.put(schema + "." + table + ".preferred_locale", FieldBounds.LOCALE);
        }
        COLUMNS.put("eligibility.partner.contact_first_name", FieldBounds.PERSON_NAME);
        COLUMNS.put("eligibility.partner.contact_last_name", FieldBounds.PERSON_NAME);
        COLUMNS.put("eligibility.partner.contact_email", FieldBounds.EMAIL);
        COLUMNS.put("eligibility.partner.mpn_account_email", FieldBounds.EMAIL);
        COLUMNS.put("transfer.customer_partner_of_record.partner_name", FieldBounds.COMPANY_NAME);
        COLUMNS.put("transfer.transfer.source_partner_name", FieldBounds.COMPANY_NAME);
        COLUMNS.put("transfer.transfer.target_partner_name", FieldBounds.COMPANY_NAME);
        COLUMNS.put("transfer.transfer.partner_id_on_record", FieldBounds.PARTNER_ID);
        COLUMNS.put("notification.recipient.display_name", FieldBounds.COMPANY_NAME);
        COLUMNS.put("notification.recipient.contact_name", FieldBounds.CONTACT_NAME);
        COLUMNS.put("notification.recipient.email", FieldBounds.EMAIL);
        COLUMNS.put("notification.recipient.locale", FieldBounds.LOCALE);
        COLUMNS.put("notification.recipient.mpn_account_email", FieldBounds.EMAIL);
    }

    static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.shared();
    }

    @Test
    @DisplayName("partner id, company name, country, locale, contact names and e-mails: producer and every consumer")
    void consumersHoldTheProducersBounds() throws SQLException {
        List<String> tooNarrow = new ArrayList<>();
        try (Connection c = suite.database(); PreparedStatement width = c.prepareStatement("SELECT character_maximum_length "
                + "FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
            for (Map.Entry<String, Integer> column : COLUMNS.entrySet()) {
                String[] name = column.getKey().split("\\.");
                width.setString(1, name[0]);
                width.setString(2, name[1]);
                width.setString(3, name[2]);
                try (ResultSet rs = width.executeQuery()) {
                    assertThat(rs.next()).as("column %s exists", column.getKey()).isTrue();
                    int found = rs.getInt(1);
                    // 0 (SQL NULL) is an unbounded TEXT column: wide enough
                    if (!rs.wasNull() && found < column.getValue()) {
                        tooNarrow.add(column.getKey() + " holds " + found + ", the events carry up to " + column.getValue());
                    }
                }
            }
        }
        assertThat(tooNarrow).as("columns narrower than the event field they store").isEmpty();
    }
}
