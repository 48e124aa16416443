package org.sip2.server.domain;

import jakarta.persistence.Converter;
import org.sip2.protocol.CirculationStatus;

@Converter
public class CirculationStatusConverter extends CodedConverter<CirculationStatus> {
    public CirculationStatusConverter() {
        super(CirculationStatus.class);
    }
}
