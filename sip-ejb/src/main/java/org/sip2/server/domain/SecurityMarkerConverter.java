package org.sip2.server.domain;

import jakarta.persistence.Converter;
import org.sip2.protocol.SecurityMarker;

@Converter
public class SecurityMarkerConverter extends CodedConverter<SecurityMarker> {
    public SecurityMarkerConverter() {
        super(SecurityMarker.class);
    }
}
