package org.sip2.server.domain;

import jakarta.persistence.Converter;
import org.sip2.protocol.FeeType;

@Converter
public class FeeTypeConverter extends CodedConverter<FeeType> {
    public FeeTypeConverter() {
        super(FeeType.class);
    }
}
