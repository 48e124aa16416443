package org.sip2.server.domain;

import jakarta.persistence.Converter;
import org.sip2.protocol.MediaType;

@Converter
public class MediaTypeConverter extends CodedConverter<MediaType> {
    public MediaTypeConverter() {
        super(MediaType.class);
    }
}
