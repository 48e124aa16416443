package org.sip2.server.domain;

import jakarta.persistence.AttributeConverter;
import org.sip2.protocol.Coded;

/** Stores a SIP2 code-table value as its code. */
abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return Coded.fromCode(type, code);
    }
}
