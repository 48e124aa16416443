package org.sip2.server.domain;

import jakarta.persistence.Converter;
import org.sip2.protocol.HoldType;

@Converter
public class HoldTypeConverter extends CodedConverter<HoldType> {
    public HoldTypeConverter() {
        super(HoldType.class);
    }
}
