package org.casenotes.fhir.internal.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/** Dates and moments as FHIR writes them: days without a zone, moments to the second in the caseload's zone. */
final class Times {

    private final ZoneId zone;

    Times(ZoneId zone) {
        this.zone = zone;
    }

    static DateType day(LocalDate day) {
        return new DateType(day.toString());
    }

    static DateTimeType dayTime(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    DateTimeType moment(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(zone));
    }

    InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(zone));
    }

    ZoneId zone() {
        return zone;
    }
}
