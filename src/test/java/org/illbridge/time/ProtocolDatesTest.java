package org.illbridge.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ProtocolDatesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void readsTheFormsPeersSend() {
        Instant expected = Instant.parse("2031-01-15T23:59:59Z");

        assertThat(ProtocolDates.parse("2031-01-15T23:59:59Z", OSLO)).isEqualTo(expected);
        assertThat(ProtocolDates.parse("2031-01-15T23:59:59.000Z", OSLO)).isEqualTo(expected);
        assertThat(ProtocolDates.parse(" 2031-01-16T00:59:59+01:00 ", OSLO)).isEqualTo(expected);
        assertThat(ProtocolDates.parse("2031-01-16T00:59:59+0100", OSLO)).isEqualTo(expected);
        assertThat(ProtocolDates.parse("2031-01-15T23:59:59", UTC)).isEqualTo(expected);
        assertThat(ProtocolDates.parse("2031-01-16T00:59:59", OSLO)).isEqualTo(expected);
        assertThat(ProtocolDates.parse("2021-02-09T11:29:24.123456789Z", UTC))
                .isEqualTo(Instant.parse("2021-02-09T11:29:24Z"));
    }

    @Test
    void aBareDateIsTheEndOfThatDayInTheZone() {
        assertThat(ProtocolDates.parse("2031-01-15", UTC)).isEqualTo(Instant.parse("2031-01-15T23:59:59Z"));
    }

    @Test
    void blankIsNoDateAndNonsenseIsRefused() {
        assertThat(ProtocolDates.parse("  ", UTC)).isNull();
        assertThat(ProtocolDates.parse(null, UTC)).isNull();
        assertThatThrownBy(() -> ProtocolDates.parse("next tuesday", UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesWholeSecondsInUtcWithZ() {
        assertThat(ProtocolDates.format(Instant.parse("2031-01-15T22:59:59.987Z"))).isEqualTo("2031-01-15T22:59:59Z");
    }

    @Test
    void isoDatesAreTheEndOfTheDayInThePartnersZone() {
        assertThat(ProtocolDates.parseIsoDate("20310115", OSLO)).isEqualTo(Instant.parse("2031-01-15T22:59:59Z"));
        assertThat(ProtocolDates.formatIsoDate(Instant.parse("2031-01-15T23:30:00Z"), OSLO)).isEqualTo("20310116");
        assertThat(ProtocolDates.formatIsoTime(Instant.parse("2031-01-15T23:30:00Z"), UTC)).isEqualTo("233000");
    }
}
